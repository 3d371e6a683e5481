namespace Platform.Data.Entities;

public enum WebhookDeliveryStatus
{
    /// <summary>Not yet delivered; attempted again at <c>NextAttemptAt</c>.</summary>
    Pending,

    /// <summary>The receiver answered 2xx.</summary>
    Succeeded,

    /// <summary>Every attempt failed; no more attempts.</summary>
    Failed,
}

namespace Platform.Data.Entities;

/// <summary>
/// One case event to post to one webhook, with its attempts so far. The body is fixed when the
/// delivery is created, so every attempt posts (and signs) the same bytes. A replica claims a row
/// with a lease before posting it (<see cref="ClaimedBy"/>, <see cref="LeaseUntil"/>).
/// </summary>
public sealed class WebhookDelivery
{
    public long Id { get; set; }

    /// <summary>The id the receiver sees in <c>Platform-Delivery</c>, the same on every attempt.</summary>
    public Guid Key { get; set; }

    public int WebhookId { get; set; }
    public Webhook? Webhook { get; set; }

    /// <summary>The outbox row the delivery came from.</summary>
    public long OutboxEventId { get; set; }

    public int CaseId { get; set; }
    public int CaseEventId { get; set; }
    public CaseEventKind Kind { get; set; }

    public string Body { get; set; } = "";

    public WebhookDeliveryStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? NextAttemptAt { get; set; }
    public DateTime? LastAttemptAt { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }

    public string? ClaimedBy { get; set; }
    public DateTime? LeaseUntil { get; set; }
}

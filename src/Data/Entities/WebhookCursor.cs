namespace Platform.Data.Entities;

/// <summary>
/// How far into the outbox the webhook deliveries have been created: one row, shared by every
/// replica. A replica moves it only from the position it read (a compare-and-set in the same
/// transaction as the deliveries it creates), so each outbox row fans out once.
/// </summary>
public sealed class WebhookCursor
{
    public const int SingleId = 1;

    public int Id { get; set; }

    public long Position { get; set; }
}

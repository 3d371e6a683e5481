namespace Platform.Data.Entities;

/// <summary>
/// A change to deliver to subscribers, written in the same transaction as the change. Its
/// <see cref="Id"/> is its position: every replica reads the rows past the last position it
/// delivered and delivers to its own subscribers, so no replica removes a row another still needs;
/// old rows are pruned by age. It names only keys; what a subscriber receives is read through the
/// subscriber's tenant filter at delivery.
/// </summary>
public sealed class OutboxEvent
{
    public long Id { get; set; }

    public int CaseId { get; set; }

    /// <summary>The timeline entry the change appended.</summary>
    public int CaseEventId { get; set; }
    public CaseEvent? CaseEvent { get; set; }

    public DateTime RecordedAt { get; set; }
}

namespace Platform.Data.Entities;

/// <summary>
/// A decision of a meeting that hands a case to a unit with a deadline (处置清单): the share it made
/// went through the case workflow; the decision stays open until the case is resolved (闭环).
/// </summary>
public sealed class MeetingDecision : ITenantOwned
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }

    /// <summary>The meeting's owner path.</summary>
    public string OwnerPath { get; set; } = "";
    public int CaseId { get; set; }
    public Case? Case { get; set; }
    public int TargetUnitId { get; set; }
    public Unit? TargetUnit { get; set; }
    public DecisionShareKind ShareKind { get; set; }
    public string Text { get; set; } = "";
    public DateTime DueAt { get; set; }
    public DateTime DecidedAt { get; set; }
    public string DecidedById { get; set; } = "";
    public string DecidedByName { get; set; } = "";
}

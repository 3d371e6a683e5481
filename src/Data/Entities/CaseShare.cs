namespace Platform.Data.Entities;

/// <summary>A grant of a case to another unit (交办/上报/转办/协办).</summary>
public sealed class CaseShare : ITenantOwned
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public Case? Case { get; set; }
    public string OwnerPath { get; set; } = "";
    public ShareKind Kind { get; set; }
    public ShareStatus Status { get; set; }
    public int FromUnitId { get; set; }
    public int TargetUnitId { get; set; }
    public Unit? TargetUnit { get; set; }

    /// <summary>The target unit's path; the visibility index seeks on it.</summary>
    public string TargetPath { get; set; } = "";
    public string? Reason { get; set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedById { get; set; } = "";
    public string CreatedByName { get; set; } = "";
    public DateTime? RespondedAt { get; set; }
    public string? ResponseReason { get; set; }
}

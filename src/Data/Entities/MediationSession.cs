namespace Platform.Data.Entities;

/// <summary>A scheduled mediation (调解), optionally for a case and in a workroom.</summary>
public sealed class MediationSession : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int OwnerUnitId { get; set; }
    public Unit? OwnerUnit { get; set; }
    public string OwnerPath { get; set; } = "";
    public int? CaseId { get; set; }
    public Case? Case { get; set; }
    public int? WorkroomId { get; set; }
    public Workroom? Workroom { get; set; }

    /// <summary>The workroom owner's path, so that the workroom's unit sees the session.</summary>
    public string? WorkroomPath { get; set; }
    public MediationKind Kind { get; set; }
    public MediationStatus Status { get; set; }
    public string Subject { get; set; } = "";
    public DateTime ScheduledAt { get; set; }
    public string Place { get; set; } = "";
    public MediationOutcome? Outcome { get; set; }
    public string? AgreementText { get; set; }
    public DateTime? FollowUpAt { get; set; }
    public DateTime? RecordedAt { get; set; }
    public string? CancelReason { get; set; }
    public int Version { get; set; } = 1;
    public List<MediationParty> Parties { get; set; } = [];
    public List<Mediator> Mediators { get; set; } = [];
}

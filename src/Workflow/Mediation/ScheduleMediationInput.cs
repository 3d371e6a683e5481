using Platform.Data.Entities;

namespace Platform.Workflow.Mediation;

/// <summary>A new session. Null keys are not given: no case, no workroom, the actor's own unit.</summary>
public sealed record ScheduleMediationInput
{
    public int? CaseId { get; init; }
    public int? WorkroomId { get; init; }
    public MediationKind Kind { get; init; }
    public string Subject { get; init; } = "";
    public DateTime ScheduledAt { get; init; }
    public string Place { get; init; } = "";
    public IReadOnlyList<MediationPartyInput> Parties { get; init; } = [];
    public IReadOnlyList<MediatorInput> Mediators { get; init; } = [];
    public int? UnitId { get; init; }
}

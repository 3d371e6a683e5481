using Platform.Data.Entities;

namespace Platform.Workflow.Mediation;

public sealed record RecordMediationOutcomeInput : SessionChangeInput
{
    public MediationOutcome Outcome { get; init; }
    public string? AgreementText { get; init; }
    public DateTime? FollowUpAt { get; init; }
}

using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Mediation;

public sealed class RecordMediationOutcomeInput : SessionChangeInput
{
    public MediationOutcome Outcome { get; set; }
    public string? AgreementText { get; set; }
    public DateTime? FollowUpAt { get; set; }
}

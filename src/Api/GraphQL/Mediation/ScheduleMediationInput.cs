using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Mediation;

public sealed class ScheduleMediationInput
{
    public string? CaseId { get; set; }
    public string? WorkroomId { get; set; }
    public MediationKind Kind { get; set; }
    public string Subject { get; set; } = "";
    public DateTime ScheduledAt { get; set; }
    public string Place { get; set; } = "";
    public List<MediationPartyInput> Parties { get; set; } = [];
    public List<MediatorInput> Mediators { get; set; } = [];
    public string? UnitId { get; set; }
}

namespace Platform.Workflow.Mediation;

public sealed record MediationPartyInput
{
    public string Name { get; init; } = "";
    public string? Phone { get; init; }
    public string? Side { get; init; }
}

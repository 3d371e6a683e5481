namespace Platform.Workflow.Mediation;

public sealed record CancelMediationInput : SessionChangeInput
{
    public string Reason { get; init; } = "";
}

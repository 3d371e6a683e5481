namespace Platform.Workflow.Mediation;

public sealed record RescheduleMediationInput : SessionChangeInput
{
    public DateTime ScheduledAt { get; init; }
    public string? Place { get; init; }
}

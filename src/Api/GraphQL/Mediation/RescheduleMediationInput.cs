namespace Platform.Api.GraphQL.Mediation;

public sealed class RescheduleMediationInput : SessionChangeInput
{
    public DateTime ScheduledAt { get; set; }
    public string? Place { get; set; }
}

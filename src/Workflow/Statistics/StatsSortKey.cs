namespace Platform.Workflow.Statistics;

/// <summary>A figure units can be ranked by: a count or a rate of <see cref="StatsTally"/>.</summary>
public enum StatsSortKey
{
    Cases,
    Persons,
    Accepted,
    Resolved,
    Verified,
    OverdueNow,
    EscalatedCount,
    ReferredCount,
    RepeatCount,
    ResponseRate,
    ResolutionRate,
    SatisfactionRate,
    CitizenSatisfactionRate,
    RepeatRate,
    AcceptedOnTimeRate,
    ResolvedOnTimeRate,
    ParticipationRate,
}

namespace Platform.Workflow.Statistics;

/// <summary>Cases (批次) and persons (人次) for one value of a dimension such as the channel.</summary>
public sealed record StatsGroup<TKey>(TKey Key, int Cases, int Persons)
    where TKey : struct, Enum;

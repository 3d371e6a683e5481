namespace Platform.Workflow.Statistics;

/// <summary>Cases and persons per value of one enum dimension, summed as groups are rolled up.</summary>
public sealed class CountsBy<TKey>
    where TKey : struct, Enum
{
    private readonly Dictionary<TKey, (int Cases, int Persons)> counts = [];

    public void Add(TKey key, int cases, int persons)
    {
        var (c, p) = counts.GetValueOrDefault(key);
        counts[key] = (c + cases, p + persons);
    }

    public void Add(CountsBy<TKey> other)
    {
        foreach (var (key, (cases, persons)) in other.counts)
        {
            Add(key, cases, persons);
        }
    }

    /// <summary>Every value of the enum in declaration order, zeros included, so that tables line up.</summary>
    public IReadOnlyList<StatsGroup<TKey>> ToGroups() =>
        Enum.GetValues<TKey>()
            .Select(key =>
            {
                var (cases, persons) = counts.GetValueOrDefault(key);
                return new StatsGroup<TKey>(key, cases, persons);
            })
            .ToList();
}

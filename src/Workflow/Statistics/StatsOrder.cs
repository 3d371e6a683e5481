namespace Platform.Workflow.Statistics;

/// <summary>
/// A ranking of units: keys applied in order, each ascending or descending, then the unit path
/// (ordinal) so that equal figures always come out the same way. A rate that is null (nothing to
/// divide by) ranks below every number: first ascending, last descending.
/// </summary>
public sealed class StatsOrder(IReadOnlyList<(StatsSortKey Key, bool Descending)> keys)
{
    public bool IsEmpty => keys.Count == 0;

    public IReadOnlyList<UnitStats> Apply(IEnumerable<UnitStats> rows)
    {
        IOrderedEnumerable<UnitStats>? ordered = null;
        foreach (var (key, descending) in keys)
        {
            Func<UnitStats, double?> value = s => ValueOf(s.Tally, key);
            ordered = (ordered, descending) switch
            {
                (null, false) => rows.OrderBy(value),
                (null, true) => rows.OrderByDescending(value),
                (_, false) => ordered.ThenBy(value),
                (_, true) => ordered.ThenByDescending(value),
            };
        }

        return (ordered?.ThenBy(s => s.Unit.Path, StringComparer.Ordinal) ?? rows.OrderBy(s => s.Unit.Path, StringComparer.Ordinal)).ToList();
    }

    /// <summary>The figure a key names.</summary>
    public static double? ValueOf(StatsTally t, StatsSortKey key) => key switch
    {
        StatsSortKey.Cases => t.Cases,
        StatsSortKey.Persons => t.Persons,
        StatsSortKey.Accepted => t.Accepted,
        StatsSortKey.Resolved => t.Resolved,
        StatsSortKey.Verified => t.Verified,
        StatsSortKey.OverdueNow => t.OverdueNow,
        StatsSortKey.EscalatedCount => t.Escalated,
        StatsSortKey.ReferredCount => t.Referred,
        StatsSortKey.RepeatCount => t.Repeats,
        StatsSortKey.ResponseRate => t.ResponseRate,
        StatsSortKey.ResolutionRate => t.ResolutionRate,
        StatsSortKey.SatisfactionRate => t.SatisfactionRate,
        StatsSortKey.CitizenSatisfactionRate => t.CitizenSatisfactionRate,
        StatsSortKey.RepeatRate => t.RepeatRate,
        StatsSortKey.AcceptedOnTimeRate => t.AcceptedOnTimeRate,
        StatsSortKey.ResolvedOnTimeRate => t.ResolvedOnTimeRate,
        StatsSortKey.ParticipationRate => t.ParticipationRate,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, null),
    };
}

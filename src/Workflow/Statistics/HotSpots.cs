using Platform.Data.Entities;

namespace Platform.Workflow.Statistics;

/// <summary>The categories, child units and terms of a subtree whose case counts rose most from the previous period to this one.</summary>
public sealed record HotSpots(
    DateTime PreviousFrom,
    DateTime From,
    DateTime To,
    IReadOnlyList<HotSpot<CaseCategory>> Categories,
    IReadOnlyList<HotSpot<Unit>> Units,
    IReadOnlyList<HotSpot<string>> Terms)
{
    /// <summary>
    /// Those with at least <paramref name="minCount"/> cases in the period and a rise, the largest
    /// rise first, then the larger count, then <paramref name="tieBreak"/>; at most <paramref name="first"/>.
    /// </summary>
    public static IReadOnlyList<HotSpot<TKey>> Rank<TKey, TOrder>(
        IEnumerable<HotSpot<TKey>> all, int minCount, int first, Func<TKey, TOrder> tieBreak, IComparer<TOrder>? comparer = null) =>
        all.Where(h => h.Current >= minCount && h.Rise > 0)
            .OrderByDescending(h => h.Rise)
            .ThenByDescending(h => h.Current)
            .ThenBy(h => tieBreak(h.Key), comparer ?? Comparer<TOrder>.Default)
            .Take(first)
            .ToList();
}

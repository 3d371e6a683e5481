using Platform.Data.Entities;

namespace Platform.Workflow.Statistics;

/// <summary>
/// What the grouped queries returned for a unit's subtree over one period [from, to): its units
/// and one tally per owner path. Any unit of the subtree is summed from it in memory, so a
/// breakdown costs no query.
/// </summary>
public sealed class StatsSnapshot(DateTime from, DateTime to, IReadOnlyList<Unit> units, IReadOnlyDictionary<string, StatsTally> byOwnerPath)
{
    private readonly ILookup<int?, Unit> children = units.ToLookup(u => u.ParentId);

    public DateTime From { get; } = from;

    public DateTime To { get; } = to;

    public UnitStats For(Unit unit) => new(
        unit,
        StatsTally.Sum(byOwnerPath.Where(p => p.Key.StartsWith(unit.Path, StringComparison.Ordinal)).Select(p => p.Value)),
        this);

    /// <summary>The children's figures by code, or as <paramref name="order"/> ranks them.</summary>
    public IReadOnlyList<UnitStats> ChildrenOf(Unit unit, StatsOrder? order = null)
    {
        var rows = children[unit.Id].OrderBy(u => u.Code, StringComparer.Ordinal).Select(For).ToList();
        return order is null || order.IsEmpty ? rows : order.Apply(rows);
    }
}

using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Statistics;

/// <summary>
/// What the grouped queries returned for a unit's subtree: its units and one tally per owner
/// path. Any unit of the subtree is summed from it in memory, so a breakdown costs no query.
/// </summary>
public sealed class StatsSnapshot(IReadOnlyList<Unit> units, IReadOnlyDictionary<string, StatsTally> byOwnerPath)
{
    private readonly ILookup<int?, Unit> children = units.ToLookup(u => u.ParentId);

    public UnitStats For(Unit unit) => new(
        unit,
        StatsTally.Sum(byOwnerPath.Where(p => p.Key.StartsWith(unit.Path, StringComparison.Ordinal)).Select(p => p.Value)),
        this);

    public IReadOnlyList<UnitStats> ChildrenOf(Unit unit) =>
        children[unit.Id].OrderBy(u => u.Code, StringComparer.Ordinal).Select(For).ToList();
}

using Platform.Data.Entities;

namespace Platform.Workflow.Statistics;

/// <summary>The figures of one unit's subtree over a period; <see cref="Breakdown"/> gives its children's.</summary>
public sealed class UnitStats(Unit unit, StatsTally tally, StatsSnapshot snapshot)
{
    public Unit Unit { get; } = unit;

    public StatsTally Tally { get; } = tally;

    public DateTime From => snapshot.From;

    public DateTime To => snapshot.To;

    public IReadOnlyList<UnitStats> Breakdown(StatsOrder? order = null) => snapshot.ChildrenOf(Unit, order);
}

using Platform.Data.Entities;
using Platform.Workflow.Statistics;

namespace Platform.Workflow.Tests.Statistics;

public sealed class StatsOrderTests
{
    [Fact]
    public void RankingByARate_Should_Put_NullLast_Descending_AndBreak_TiesByPath()
    {
        // arrange
        var rows = new[]
        {
            Row("/sh/c/", responded: 1, due: 2),
            Row("/sh/a/", responded: 0, due: 0),
            Row("/sh/b/", responded: 1, due: 2),
            Row("/sh/d/", responded: 2, due: 2),
        };

        // act
        var ranked = new StatsOrder([(StatsSortKey.ResponseRate, true)]).Apply(rows).Select(r => r.Unit.Path);

        // assert
        Assert.Equal(["/sh/d/", "/sh/b/", "/sh/c/", "/sh/a/"], ranked);
    }

    [Fact]
    public void ASecondKey_Should_Order_WhatTheFirstLeavesEqual()
    {
        // arrange
        var rows = new[] { Row("/sh/a/", 1, 2, cases: 5), Row("/sh/b/", 1, 2, cases: 9), Row("/sh/c/", 2, 2, cases: 1) };

        // act
        var ranked = new StatsOrder([(StatsSortKey.ResponseRate, false), (StatsSortKey.Cases, true)]).Apply(rows).Select(r => r.Unit.Path);

        // assert
        Assert.Equal(["/sh/b/", "/sh/a/", "/sh/c/"], ranked);
    }

    private static UnitStats Row(string path, int responded, int due, int cases = 0)
    {
        var unit = new Unit { Path = path, Code = path };
        var tally = new StatsTally { Cases = cases, Accepted = due, AcceptedOnTime = responded };
        return new StatsSnapshot(default, default, [unit], new Dictionary<string, StatsTally> { [path] = tally }).For(unit);
    }
}

using Platform.Api.Tests.Infrastructure;
using static Platform.Api.Tests.Statistics.StatisticsDataset;

namespace Platform.Api.Tests.Statistics;

/// <summary>
/// Issue 4, acceptance 3: <c>unitStats</c> for 普陀区 and its breakdown against figures computed
/// by hand from <see cref="StatisticsDataset"/> (T1–T6 in 桃浦, Z1–Z2 in 真如; now = 2031-07-01).
/// </summary>
public sealed class UnitStatsAcceptanceTests(StatisticsPlatform platform) : IClassFixture<StatisticsPlatform>
{
    private const string WithBreakdown = StatisticsPlatform.Fields + " breakdown { " + StatisticsPlatform.Fields + " breakdown { cases } }";

    [Fact]
    public async Task DistrictStats_Should_Match_TheHandComputedFigures()
    {
        // act
        var response = await platform.StatsAsync("putuo.officer", Putuo);

        // assert
        Assert.Empty(response.ErrorCodes());
        var stats = response["data"]!["unitStats"];
        Assert.Equal("普陀区", stats!["unit"]!["name"]!.GetValue<string>());
        Assert.Equal(
            new StatsFigures(
                Cases: 8,                             // T1–T6, Z1, Z2; not the two just outside 2031, not the one referred in
                Persons: 18,                          // 3+1+5+2+1+1 + 4+1
                Accepted: 5,                          // T1 T2 T3 T5 Z1
                Resolved: 3,                          // T1 T2 T3
                Verified: 3,                          // T1 T2 T3
                AcceptedOnTimeRate: 3.0 / 5,          // T1 T3 T5 on time; T2, Z1 late
                ResolvedOnTimeRate: 2.0 / 3,          // T1 T3 on time; T2 late
                ParticipationRate: 3.0 / 3,           // verified ÷ resolved
                SatisfactionRate: 2.0 / 3,            // latest: T1 satisfied, T2 basically satisfied, T3 dissatisfied
                OverdueNow: 3,                        // T3 (resolve due 5-4), T4 (accept due 6-16), Z1 (resolve due 4-27)
                EscalatedCount: 1,                    // T3, escalated twice, counts once
                ReferredCount: 1,                     // T4; the 长白 case referred into 楼浦 is not 普陀's
                Mediation: (4, 2, 1, 1.0 / 2),        // 2031 sessions in 桃浦/楼浦; agreement ÷ completed
                Suggestions: (5, 3, 2, 2.0 / 3)),     // adopted + partly adopted ÷ answered
            StatsFigures.Of(stats));
        Assert.Equal(["VISIT=3/12", "LETTER=1/1", "PHONE=2/2", "ONLINE=1/2", "QR_CODE=1/1"], StatsFigures.Groups(stats, "byChannel"));
        Assert.Equal(
            ["URBAN_CONSTRUCTION=1/5", "HOUSING=2/4", "LABOR_WAGES=1/2", "TRANSPORT=1/1", "NEIGHBOUR_DISPUTE=2/5", "OTHER=1/1"],
            StatsFigures.Groups(stats, "byCategory"));
        Assert.Equal(
            ["REGISTERED=1/2", "ACCEPTED=1/1", "NOT_ACCEPTED=1/1", "IN_PROGRESS=2/9", "VERIFIED=1/1", "CLOSED=1/3", "WITHDRAWN=1/1"],
            StatsFigures.Groups(stats, "byStatus"));
        Assert.Equal(6, stats["byChannel"]!.AsArray().Count);
    }

    [Fact]
    public async Task DistrictBreakdown_Should_Give_EachTownshipsFigures_IncludingNullRates_WhereNothingWasResolved()
    {
        // act
        var response = await platform.StatsAsync("putuo.leader", Putuo, WithBreakdown);

        // assert
        Assert.Empty(response.ErrorCodes());
        var rows = response["data"]!["unitStats"]!["breakdown"]!.AsArray();
        Assert.Equal([Taopu, Zhenru], rows.Select(r => r!["unit"]!["path"]!.GetValue<string>()));
        Assert.Equal(
            new StatsFigures(
                Cases: 6,                             // T1–T6
                Persons: 13,                          // 3+1+5+2+1+1
                Accepted: 4,                          // T1 T2 T3 T5
                Resolved: 3,
                Verified: 3,
                AcceptedOnTimeRate: 3.0 / 4,          // T2 late
                ResolvedOnTimeRate: 2.0 / 3,
                ParticipationRate: 3.0 / 3,
                SatisfactionRate: 2.0 / 3,
                OverdueNow: 2,                        // T3, T4
                EscalatedCount: 1,
                ReferredCount: 1,
                Mediation: (4, 2, 1, 1.0 / 2),
                Suggestions: (5, 3, 2, 2.0 / 3)),
            StatsFigures.Of(rows[0]));
        Assert.Equal(
            new StatsFigures(
                Cases: 2,                             // Z1, Z2
                Persons: 5,                           // 4+1
                Accepted: 1,                          // Z1, late
                Resolved: 0,
                Verified: 0,
                AcceptedOnTimeRate: 0.0 / 1,
                ResolvedOnTimeRate: null,             // nothing resolved
                ParticipationRate: null,              // nothing resolved
                SatisfactionRate: null,               // nothing verified
                OverdueNow: 1,                        // Z1
                EscalatedCount: 0,
                ReferredCount: 0,
                Mediation: (0, 0, 0, null),
                Suggestions: (0, 0, 0, null)),
            StatsFigures.Of(rows[1]));
        Assert.Empty(rows[1]!["breakdown"]!.AsArray());
    }

    [Fact]
    public async Task TownshipBreakdown_Should_Give_EachCommitteesFigures_FromTheSameQueries()
    {
        // act
        var response = await platform.StatsAsync("putuo.officer", Putuo, "breakdown { breakdown { unit { path } cases persons verified satisfactionRate } }");

        // assert
        Assert.Empty(response.ErrorCodes());
        var committees = response["data"]!["unitStats"]!["breakdown"]![0]!["breakdown"]!.AsArray()
            .Select(r => $"{r!["unit"]!["path"]} {r["cases"]}/{r["persons"]} {r["verified"]} {r["satisfactionRate"]?.GetValue<double>()}")
            .ToList();
        Assert.Equal(
            [
                $"{Chunguang} 1/2 0 ",                // T4
                $"{Loupu} 1/1 1 1",                   // T2, basically satisfied at last
                "/sh/putuo/taopu/taopu-justice/ 0/0 0 ", // the demo departments own no cases
                "/sh/putuo/taopu/taopu-police/ 0/0 0 ",
                $"{Zhenjian} 1/1 0 ",                 // T6
                $"{Ziteng} 1/5 1 0",                  // T3, dissatisfied
            ],
            committees);
    }

    [Fact]
    public async Task TownshipOfficer_Should_Get_NotFound_ForAnotherDistrictsStats()
    {
        // act
        var response = await platform.StatsAsync("taopu.officer", "/sh/yangpu/");

        // assert
        Assert.Equal(["NOT_FOUND"], response.ErrorCodes());
        Assert.Null(response["data"]!["unitStats"]);
    }

    [Fact]
    public async Task TownshipOfficer_Should_Get_NotFound_ForItsOwnDistrictsStats()
    {
        // act
        var response = await platform.StatsAsync("taopu.officer", Putuo);

        // assert
        Assert.Equal(["NOT_FOUND"], response.ErrorCodes());
        Assert.Null(response["data"]!["unitStats"]);
    }

    [Fact]
    public async Task APeriodThatEndsBeforeItStarts_Should_Be_AValidationError()
    {
        // act
        var response = await platform.Factory.AskAsync("putuo.officer", """
            query Stats($unitId: ID!) {
              unitStats(unitId: $unitId, from: "2031-02-01T00:00:00Z", to: "2031-01-01T00:00:00Z") { cases }
            }
            """, new { unitId = platform.UnitId(Putuo) });

        // assert
        Assert.Equal(["VALIDATION"], response.ErrorCodes());
    }
}

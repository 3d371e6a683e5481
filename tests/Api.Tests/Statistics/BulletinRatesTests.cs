using Platform.Api.Tests.Infrastructure;
using static Platform.Api.Tests.Statistics.StatisticsDataset;

namespace Platform.Api.Tests.Statistics;

/// <summary>
/// The rates a bulletin ranks by (响应率, 解决率, 满意率) and the repeat rate, against figures computed
/// by hand from <see cref="StatisticsDataset"/>; and the breakdown ranked by any of them.
/// </summary>
public sealed class BulletinRatesTests(StatisticsPlatform platform) : IClassFixture<StatisticsPlatform>
{
    private const string Rates = "unit { path } cases declined responseDue respondedOnTime responseRate solved resolutionRate satisfied satisfactionRate repeatCount repeatRate";

    [Fact]
    public async Task DistrictRates_Should_Match_TheHandComputedFigures()
    {
        // act
        var response = await platform.StatsAsync("putuo.officer", Putuo, Rates);

        // assert
        Assert.Empty(response.ErrorCodes());
        var stats = response["data"]!["unitStats"]!;
        Assert.Equal(1, stats.Int("declined"));                          // T6
        Assert.Equal(7, stats.Int("responseDue"));                       // accepted T1 T2 T3 T5 Z1, declined T6, T4 still registered past 6-16; not Z2 (withdrawn)
        Assert.Equal(4, stats.Int("respondedOnTime"));                   // T1 T3 T5 accepted on time, T6 declined on time
        Assert.Equal(4.0 / 7, stats["responseRate"]!.GetValue<double>());
        Assert.Equal(2, stats.Int("solved"));                            // latest verifications: T1, T2 solved; T3 not
        Assert.Equal(2.0 / 3, stats["resolutionRate"]!.GetValue<double>());
        Assert.Equal(2, stats.Int("satisfied"));
        Assert.Equal(2.0 / 3, stats["satisfactionRate"]!.GetValue<double>());
        Assert.Equal(1, stats.Int("repeatCount"));                       // Z2 repeats Z1
        Assert.Equal(1.0 / 8, stats["repeatRate"]!.GetValue<double>());
    }

    [Theory]
    [InlineData("{ responseRate: DESC }", Taopu, Zhenru)]                 // 4/6 against 0/1
    [InlineData("{ responseRate: ASC }", Zhenru, Taopu)]
    [InlineData("{ repeatRate: DESC }", Zhenru, Taopu)]                   // 1/2 against 0/6
    [InlineData("{ escalatedCount: ASC }", Zhenru, Taopu)]
    [InlineData("[{ overdueNow: DESC }, { cases: ASC }]", Taopu, Zhenru)] // 2 against 1
    public async Task Breakdown_Should_Rank_TheTownships_ByTheOrderGiven(string order, string first, string second)
    {
        // act
        var response = await platform.StatsAsync("putuo.officer", Putuo, $"breakdown(order: {order}) {{ unit {{ path }} }}");

        // assert
        Assert.Empty(response.ErrorCodes());
        var paths = response["data"]!["unitStats"]!["breakdown"]!.AsArray().Select(r => r!["unit"].Str("path"));
        Assert.Equal([first, second], paths);
    }

    [Fact]
    public async Task CommitteesRankedBySatisfaction_Should_Put_NullRatesLast_AndBreakTiesByPath()
    {
        // act
        var response = await platform.StatsAsync(
            "putuo.officer", Putuo, "breakdown { breakdown(order: { satisfactionRate: DESC }) { unit { path } satisfactionRate } }");

        // assert
        Assert.Empty(response.ErrorCodes());
        var committees = response["data"]!["unitStats"]!["breakdown"]![0]!["breakdown"]!.AsArray().Select(r => r!["unit"].Str("path"));
        Assert.Equal(
            [Loupu, Ziteng, Chunguang, "/sh/putuo/taopu/taopu-justice/", "/sh/putuo/taopu/taopu-police/", Zhenjian],
            committees);
    }

    [Fact]
    public async Task CommitteesRankedByCases_Should_Break_TiesByPath()
    {
        // act
        var response = await platform.StatsAsync("putuo.officer", Putuo, "breakdown { breakdown(order: [{ cases: DESC }]) { unit { path } } }");

        // assert
        Assert.Empty(response.ErrorCodes());
        var committees = response["data"]!["unitStats"]!["breakdown"]![0]!["breakdown"]!.AsArray().Select(r => r!["unit"].Str("path"));
        Assert.Equal(
            [Chunguang, Loupu, Zhenjian, Ziteng, "/sh/putuo/taopu/taopu-justice/", "/sh/putuo/taopu/taopu-police/"],
            committees);
    }
}

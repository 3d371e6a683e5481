using Platform.Api.Tests.Infrastructure;
using static Platform.Api.Tests.Statistics.StatisticsDataset;

namespace Platform.Api.Tests.Statistics;

/// <summary>
/// Issue 4, acceptance 5 for statistics: a principal's figures count only records it may see,
/// owned in the unit's subtree; a unit outside its scope is NOT_FOUND (DESIGN §4 rules 1, 4, 6).
/// </summary>
public sealed class UnitStatsTenancyTests(StatisticsPlatform platform) : IClassFixture<StatisticsPlatform>
{
    [Fact]
    public async Task CommitteeProxy_Should_Count_OnlyItsOwnCases_NotThoseReferredIn()
    {
        // act
        var response = await platform.StatsAsync("loupu.proxy", Loupu);

        // assert: T2 only; the 长白 case referred to 楼浦 is visible there but owned elsewhere.
        Assert.Empty(response.ErrorCodes());
        var stats = response["data"]!["unitStats"]!;
        Assert.Equal((1, 1, 1, 0), (
            stats["cases"]!.GetValue<int>(),
            stats["persons"]!.GetValue<int>(),
            stats["verified"]!.GetValue<int>(),
            stats["referredCount"]!.GetValue<int>()));
        Assert.Equal(1.0, stats["satisfactionRate"]!.GetValue<double>());
    }

    [Fact]
    public async Task CommitteeProxy_Should_Get_NotFound_ForItsTownship()
    {
        // act
        var response = await platform.StatsAsync("loupu.proxy", Taopu, "cases");

        // assert
        Assert.Equal(["NOT_FOUND"], response.ErrorCodes());
        Assert.Null(response["data"]!["unitStats"]);
    }

    [Fact]
    public async Task TownshipStats_Should_Not_Count_CasesOfItsDistrictOutsideTheTownship()
    {
        // act
        var yanghang = await platform.StatsAsync("yanghang.officer", "/sh/baoshan/yanghang/", "cases persons");
        var baoshan = await platform.StatsAsync("baoshan.officer", "/sh/baoshan/", "cases persons");
        var denied = await platform.StatsAsync("yanghang.officer", "/sh/baoshan/", "cases");

        // assert
        Assert.Empty(yanghang.ErrorCodes());
        Assert.Equal((1, 2), (yanghang["data"]!["unitStats"]!["cases"]!.GetValue<int>(), yanghang["data"]!["unitStats"]!["persons"]!.GetValue<int>()));
        Assert.Equal((2, 3), (baoshan["data"]!["unitStats"]!["cases"]!.GetValue<int>(), baoshan["data"]!["unitStats"]!["persons"]!.GetValue<int>()));
        Assert.Equal(["NOT_FOUND"], denied.ErrorCodes());
    }

    [Fact]
    public async Task CityStats_Should_Count_EveryDistrict_AndBreakThemDown()
    {
        // act
        var response = await platform.StatsAsync("sh.officer", "/sh/", "cases persons breakdown { unit { path } cases }");

        // assert: 普陀 8, 宝山 2, 杨浦 1 (the case referred to 楼浦), 松江 0.
        Assert.Empty(response.ErrorCodes());
        var stats = response["data"]!["unitStats"]!;
        Assert.Equal((11, 22), (stats["cases"]!.GetValue<int>(), stats["persons"]!.GetValue<int>()));
        Assert.Equal(
            ["/sh/baoshan/ 2", "/sh/putuo/ 8", "/sh/songjiang/ 0", "/sh/yangpu/ 1"],
            stats["breakdown"]!.AsArray().Select(r => $"{r!["unit"]!["path"]} {r["cases"]}"));
    }

    [Fact]
    public async Task AnIdThatIsNotAUnit_Should_Be_NotFound()
    {
        // act
        var response = await platform.Factory.AskAsync("sh.officer", """
            { unitStats(unitId: "bm90LWEtdW5pdA==", from: "2031-01-01T00:00:00Z", to: "2032-01-01T00:00:00Z") { cases } }
            """);

        // assert
        Assert.Equal(["NOT_FOUND"], response.ErrorCodes());
    }
}

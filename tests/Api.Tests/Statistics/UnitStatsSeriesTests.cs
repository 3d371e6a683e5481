using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;
using static Platform.Api.Tests.Statistics.StatisticsDataset;

namespace Platform.Api.Tests.Statistics;

/// <summary><c>unitStatsSeries</c>: one entry per period, whose counts add up to the whole range's.</summary>
public sealed class UnitStatsSeriesTests(StatisticsPlatform platform) : IClassFixture<StatisticsPlatform>
{
    private const string Counts = """
        from to cases persons accepted resolved verified declined responseDue respondedOnTime solved satisfied repeatCount
        overdueNow escalatedCount referredCount citizenRated
        mediation { sessions completed agreements } suggestions { received answered adopted }
        """;

    [Theory]
    [InlineData("MONTH", 12)]
    [InlineData("WEEK", 53)]
    public async Task SeriesTotals_Should_Equal_TheWholeRangesStats(string interval, int periods)
    {
        // act
        var series = await SeriesAsync("putuo.officer", "2031-01-01T00:00:00Z", "2032-01-01T00:00:00Z", interval);
        var whole = await platform.StatsAsync("putuo.officer", Putuo, Counts);

        // assert
        Assert.Empty(series.ErrorCodes());
        var entries = series["data"]!["unitStatsSeries"]!.AsArray();
        Assert.Equal(periods, entries.Count);
        Assert.Equal("2031-01-01T00:00:00Z", Instant(entries[0]!, "from"));
        Assert.Equal("2032-01-01T00:00:00Z", Instant(entries[^1]!, "to"));
        for (var i = 1; i < entries.Count; i++)
        {
            Assert.Equal(Instant(entries[i - 1]!, "to"), Instant(entries[i]!, "from"));
        }

        Assert.Equal(Totals(whole["data"]!["unitStats"]!), entries.Select(e => Totals(e!)).Aggregate(Add));
    }

    [Fact]
    public async Task MonthlySeries_Should_Put_EachCase_InTheMonthItWasRegistered()
    {
        // act
        var series = await SeriesAsync("putuo.officer", "2031-01-01T00:00:00Z", "2031-07-01T00:00:00Z", "MONTH");

        // assert
        Assert.Empty(series.ErrorCodes());
        var cases = series["data"]!["unitStatsSeries"]!.AsArray().Select(e => e.Int("cases"));
        Assert.Equal([1, 2, 2, 1, 0, 2], cases); // T1; T2 Z1; T3 Z2; T6; none; T4 T5
    }

    [Fact]
    public async Task MonthsInShanghaiTime_Should_Start_AtLocalMidnight()
    {
        // act
        var series = await SeriesAsync("putuo.officer", "2031-01-01T00:00:00+08:00", "2031-04-01T00:00:00+08:00", "MONTH");

        // assert
        Assert.Empty(series.ErrorCodes());
        Assert.Equal(
            ["2030-12-31T16:00:00Z", "2031-01-31T16:00:00Z", "2031-02-28T16:00:00Z"],
            series["data"]!["unitStatsSeries"]!.AsArray().Select(e => Instant(e!, "from")));
    }

    [Fact]
    public async Task MoreThanSixtyPeriods_Should_Be_AValidationError()
    {
        // act
        var series = await SeriesAsync("putuo.officer", "2031-01-01T00:00:00Z", "2036-02-01T00:00:00Z", "MONTH");
        var sixty = await SeriesAsync("putuo.officer", "2031-01-01T00:00:00Z", "2036-01-01T00:00:00Z", "MONTH");

        // assert
        Assert.Equal(["VALIDATION"], series.ErrorCodes());
        Assert.Empty(sixty.ErrorCodes());
        Assert.Equal(60, sixty["data"]!["unitStatsSeries"]!.AsArray().Count);
    }

    [Fact]
    public async Task TownshipOfficer_Should_Get_NotFound_ForTheDistrictsSeries()
    {
        // act
        var series = await SeriesAsync("taopu.officer", "2031-01-01T00:00:00Z", "2032-01-01T00:00:00Z", "MONTH");

        // assert
        Assert.Equal(["NOT_FOUND"], series.ErrorCodes());
        Assert.Null(series["data"]!["unitStatsSeries"]);
    }

    private Task<JsonObject> SeriesAsync(string user, string from, string to, string interval) =>
        platform.Factory.AskAsync(user, $$"""
            query Series($unitId: ID!, $from: DateTime!, $to: DateTime!) {
              unitStatsSeries(unitId: $unitId, from: $from, to: $to, interval: {{interval}}) { {{Counts}} }
            }
            """, new { unitId = platform.UnitId(Putuo), from, to });

    private static string Instant(JsonNode entry, string name) =>
        DateTimeOffset.Parse(entry.Str(name), System.Globalization.CultureInfo.InvariantCulture).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ");

    /// <summary>Every count of an entry, by name (nested objects flattened).</summary>
    private static SortedDictionary<string, int> Totals(JsonNode stats)
    {
        var totals = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, value) in stats.AsObject())
        {
            if (value is JsonObject nested)
            {
                foreach (var (inner, v) in nested)
                {
                    totals[$"{name}.{inner}"] = v!.GetValue<int>();
                }
            }
            else if (name is not "from" and not "to")
            {
                totals[name] = value!.GetValue<int>();
            }
        }

        return totals;
    }

    private static SortedDictionary<string, int> Add(SortedDictionary<string, int> a, SortedDictionary<string, int> b) =>
        new(a.ToDictionary(p => p.Key, p => p.Value + b[p.Key]), StringComparer.Ordinal);
}

using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;
using Platform.Data;
using Platform.Data.Entities;
using static Platform.Api.Tests.Statistics.StatisticsDataset;

namespace Platform.Api.Tests.Statistics;

/// <summary>Hot spots: the planted rise of <see cref="HotSpotDataset"/> comes first.</summary>
public sealed class HotSpotTests(StatisticsPlatform platform) : IClassFixture<StatisticsPlatform>
{
    private const string Selection = """
        previousFrom from to
        categories { category current previous rise growth }
        units { unit { path } current previous rise }
        terms { term current previous rise }
        """;

    [Fact]
    public async Task DistrictHotSpots_Should_Name_ThePlantedRise_First()
    {
        // act
        var response = await HotSpotsAsync("putuo.officer", Putuo);

        // assert
        Assert.Empty(response.ErrorCodes());
        var spots = response["data"]!["unitHotSpots"]!;
        Assert.Equal(
            ["ENVIRONMENT 6/1 +5 5", "HOUSING 4/3 +1 0.3333333333333333", "TRANSPORT 3/2 +1 0.5"], // LABOR_WAGES 2/0: under the minimum
            spots["categories"]!.AsArray().Select(c => $"{c.Str("category")} {c.Int("current")}/{c.Int("previous")} +{c.Int("rise")} {c!["growth"]}"));
        Assert.Equal(
            [$"{Taopu} 12/4 +8", $"{Zhenru} 3/2 +1"],
            spots["units"]!.AsArray().Select(u => $"{u!["unit"].Str("path")} {u.Int("current")}/{u.Int("previous")} +{u.Int("rise")}"));
        Assert.Equal("2033-03-02T09:00:00Z", DateTimeOffset.Parse(spots.Str("previousFrom"), System.Globalization.CultureInfo.InvariantCulture)
            .UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"));
    }

    [Fact]
    public async Task DistrictHotSpots_Should_Name_ThePlantedRisesWords_First()
    {
        // act
        var response = await HotSpotsAsync("putuo.officer", Putuo);

        // assert
        Assert.Empty(response.ErrorCodes());
        var terms = response["data"]!["unitHotSpots"]!["terms"]!.AsArray()
            .Select(t => $"{t.Str("term")} {t.Int("current")}/{t.Int("previous")} +{t.Int("rise")}").ToList();
        var planted = CaseTerms.Of(string.Join(' ', HotSpotDataset.Texts[CaseCategory.Environment].Title, HotSpotDataset.Texts[CaseCategory.Environment].Description))
            .Where(w => w.Length >= 2).ToHashSet();
        Assert.NotEmpty(terms);
        Assert.All(terms.TakeWhile(t => t.EndsWith("+5", StringComparison.Ordinal)), t => Assert.Contains(t.Split(' ')[0], planted));
        Assert.EndsWith("6/1 +5", terms[0], StringComparison.Ordinal);                       // 宝山's ten do not count
        Assert.DoesNotContain(terms, t => t.StartsWith("工资 ", StringComparison.Ordinal)); // 2 cases: under the minimum
    }

    [Fact]
    public async Task TownshipHotSpots_Should_Count_OnlyItsOwnSubtree()
    {
        // act
        var response = await HotSpotsAsync("taopu.officer", Taopu, minCount: 1);

        // assert
        Assert.Empty(response.ErrorCodes());
        Assert.Equal(
            ["ENVIRONMENT +5", "LABOR_WAGES +2", "HOUSING +1"],                  // not 真如's TRANSPORT, not 宝山's ENVIRONMENT
            response["data"]!["unitHotSpots"]!["categories"]!.AsArray().Select(c => $"{c.Str("category")} +{c.Int("rise")}"));
    }

    [Fact]
    public async Task AnotherDistrictsReader_Should_Get_NotFound()
    {
        // act
        var response = await HotSpotsAsync("baoshan.officer", Putuo);

        // assert
        Assert.Equal(["NOT_FOUND"], response.ErrorCodes());
        Assert.Null(response["data"]!["unitHotSpots"]);
    }

    private Task<JsonObject> HotSpotsAsync(string user, string unitPath, int minCount = 3) =>
        platform.Factory.AskAsync(user, $$"""
            query HotSpots($unitId: ID!, $from: DateTime!, $to: DateTime!, $minCount: Int) {
              unitHotSpots(unitId: $unitId, from: $from, to: $to, minCount: $minCount) { {{Selection}} }
            }
            """, new { unitId = platform.UnitId(unitPath), from = HotSpotDataset.From, to = HotSpotDataset.To, minCount });
}

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using MiniExcelLibs;
using Platform.Api.Tests.Infrastructure;
using Platform.Workflow.Statistics;
using static Platform.Api.Tests.Statistics.StatisticsDataset;

namespace Platform.Api.Tests.Statistics;

/// <summary>
/// The XLSX (and CSV) bulletin for 普陀区 over the fixed dataset
/// read back matches <c>unitStats</c> for the same period figure for figure, row by row.
/// </summary>
public sealed class BulletinExportTests(StatisticsPlatform platform) : IClassFixture<StatisticsPlatform>
{
    private const string Range = "from=2031-01-01T00:00:00Z&to=2032-01-01T00:00:00Z";

    [Theory]
    [InlineData("xlsx", ExcelType.XLSX)]
    [InlineData("csv", ExcelType.CSV)]
    public async Task DistrictBulletin_Should_Match_UnitStats_FigureForFigure(string extension, ExcelType type)
    {
        // arrange
        using var client = platform.Factory.CreateClient(await platform.Factory.TokenAsync("putuo.officer"));
        var stats = await platform.StatsAsync("putuo.officer", Putuo, StatisticsPlatform.Fields + " breakdown { " + StatisticsPlatform.Fields + " }");
        Assert.Empty(stats.ErrorCodes());
        var district = stats["data"]!["unitStats"]!;

        // act
        using var response = await client.GetAsync($"/bulletins/{platform.UnitId(Putuo)}.{extension}?{Range}");

        // assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"bulletin-sh-putuo-20310101-20320101.{extension}", response.Content.Headers.ContentDisposition?.ToString());
        await using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = file.Query<BulletinRow>(excelType: type).ToList();
        Assert.Equal(
            [Expected(district), .. district["breakdown"]!.AsArray().Select(Expected)],
            rows.Select(Figures));
        Assert.Equal(8, rows[0].Cases);
    }

    [Fact]
    public async Task CsvBulletin_Should_Start_WithAByteOrderMark_AndBilingualHeaders()
    {
        // arrange
        using var client = platform.Factory.CreateClient(await platform.Factory.TokenAsync("putuo.officer"));

        // act
        var bytes = await client.GetByteArrayAsync($"/bulletins/{platform.UnitId(Putuo)}.csv?{Range}");

        // assert
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("\"单位 Unit\",\"路径 Path\",\"起 From\",\"止 To\",\"批次 Cases\",\"人次 Persons\"", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Theory]
    [InlineData("baoshan.officer")]
    [InlineData("taopu.officer")]
    public async Task AReaderOutsidePutuosScope_Should_Get_NotFound(string user)
    {
        // arrange
        using var client = platform.Factory.CreateClient(await platform.Factory.TokenAsync(user));

        // act
        using var response = await client.GetAsync($"/bulletins/{platform.UnitId(Putuo)}.xlsx?{Range}");

        // assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("NOT_FOUND", Code(JsonNode.Parse(await response.Content.ReadAsStringAsync())));
    }

    [Fact]
    public async Task ARequestWithoutToken_Should_Get_AuthNotAuthenticated()
    {
        // act
        using var response = await platform.Factory.CreateClient().GetAsync($"/bulletins/{platform.UnitId(Putuo)}.xlsx?{Range}");

        // assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", Code(JsonNode.Parse(await response.Content.ReadAsStringAsync())));
    }

    [Theory]
    [InlineData("")]
    [InlineData("from=2032-01-01T00:00:00Z&to=2031-01-01T00:00:00Z")]
    [InlineData("from=yesterday&to=2031-01-01T00:00:00Z")]
    public async Task AMissingOrBackwardPeriod_Should_Be_AValidationError(string query)
    {
        // arrange
        using var client = platform.Factory.CreateClient(await platform.Factory.TokenAsync("putuo.officer"));

        // act
        using var response = await client.GetAsync($"/bulletins/{platform.UnitId(Putuo)}.csv?{query}");

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("VALIDATION", Code(JsonNode.Parse(await response.Content.ReadAsStringAsync())));
    }

    private static string? Code(JsonNode? body) => body!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>();

    /// <summary>A row's figures in the order of <see cref="BulletinRow"/>, as text so that a difference shows its column.</summary>
    private static string Figures(BulletinRow r) => string.Join(' ',
        r.Unit, r.Path, r.Cases, r.Persons, r.ResponseDue, r.RespondedOnTime, r.ResponseRate, r.Accepted, r.Declined, r.Resolved,
        r.Verified, r.Solved, r.ResolutionRate, r.Satisfied, r.SatisfactionRate, r.CitizenRated, r.CitizenSatisfactionRate,
        r.AcceptedOnTimeRate, r.ResolvedOnTimeRate, r.ParticipationRate, r.OverdueNow, r.EscalatedCount, r.ReferredCount,
        r.RepeatCount, r.RepeatRate, r.MediationSessions, r.MediationCompleted, r.MediationAgreements, r.AgreementRate,
        r.SuggestionsReceived, r.SuggestionsAnswered, r.SuggestionsAdopted, r.AdoptedRate);

    /// <summary>The same figures as <c>unitStats</c> gave them.</summary>
    private static string Expected(JsonNode? s)
    {
        string F(JsonNode? node, string name) => node![name]?.ToString() ?? "";
        var m = s!["mediation"];
        var g = s["suggestions"];
        return string.Join(' ',
            s["unit"].Str("name"), s["unit"].Str("path"), F(s, "cases"), F(s, "persons"), F(s, "responseDue"), F(s, "respondedOnTime"),
            F(s, "responseRate"), F(s, "accepted"), F(s, "declined"), F(s, "resolved"), F(s, "verified"), F(s, "solved"),
            F(s, "resolutionRate"), F(s, "satisfied"), F(s, "satisfactionRate"), F(s, "citizenRated"), F(s, "citizenSatisfactionRate"),
            F(s, "acceptedOnTimeRate"), F(s, "resolvedOnTimeRate"), F(s, "participationRate"), F(s, "overdueNow"), F(s, "escalatedCount"),
            F(s, "referredCount"), F(s, "repeatCount"), F(s, "repeatRate"), F(m, "sessions"), F(m, "completed"), F(m, "agreements"),
            F(m, "agreementRate"), F(g, "received"), F(g, "answered"), F(g, "adopted"), F(g, "adoptedRate"));
    }
}

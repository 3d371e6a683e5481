using System.Text.Json.Nodes;
using Platform.Api.Tests.Cases;
using Platform.Api.Tests.Infrastructure;
using static Platform.Api.Tests.Residents.ResidentSteps;

namespace Platform.Api.Tests.Residents;

/// <summary>Issue 13, acceptance 1: a resident's petition through the portal, its receipt, status and rating.</summary>
public sealed class ResidentChannelTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task ResidentPetition_Should_LandInLoupusQueue_ShowItsStatus_AndCountItsRating()
    {
        // arrange
        var loupu = await factory.UnitIdAsync(Loupu);
        var before = await CitizenFiguresAsync(loupu);

        // act
        var submitted = (await factory.SubmitAsync(loupu, "扫码反映：物流园区拖欠工资"))["data"]!["submitPetition"]!;
        var receipt = submitted["receipt"].Str("receipt");
        var registered = await factory.StatusAsync(receipt);
        var @case = await CaseByNumberAsync(submitted["receipt"].Str("caseNumber"));
        var queued = await factory.QueueAsync("loupu.proxy", "PENDING_ACCEPTANCE");
        var accepted = await factory.AcceptAsync("taopu.officer", @case);
        var afterAcceptance = await factory.StatusAsync(receipt);
        var tooEarly = await factory.RateAsync(receipt, "SATISFIED");
        await factory.ResolveAsync("taopu.officer", accepted, "已督促用人单位结清工资。");
        var afterResolution = await factory.StatusAsync(receipt);
        var rated = await factory.RateAsync(receipt, "SATISFIED");
        var again = await factory.RateAsync(receipt, "DISSATISFIED");
        var after = await CitizenFiguresAsync(loupu);

        // assert
        Assert.Null(submitted["errors"]);
        Assert.Matches("^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$", receipt);
        Assert.Contains("楼浦", submitted["receipt"].Str("unitName"));
        Assert.Equal("QR_CODE", @case.Str("channel"));
        Assert.Equal(Loupu, @case["handlingUnit"].Str("path"));
        Assert.Contains(@case.Id(), queued);
        Assert.Equal("REGISTERED", registered["data"]!["petitionStatus"].Str("status"));
        Assert.Contains("楼浦", registered["data"]!["petitionStatus"].Str("handlingUnitName"));
        Assert.Equal("ACCEPTED", afterAcceptance["data"]!["petitionStatus"].Str("status"));
        Assert.Equal("INVALID_TRANSITION", tooEarly["data"]!["rateResolution"]!["errors"]![0].Str("code"));
        Assert.Equal("RESOLVED", afterResolution["data"]!["petitionStatus"].Str("status"));
        Assert.Equal("已督促用人单位结清工资。", afterResolution["data"]!["petitionStatus"].Str("answer"));
        Assert.Equal("SATISFIED", rated["data"]!["rateResolution"]!["petition"].Str("citizenSatisfaction"));
        Assert.Equal("INVALID_TRANSITION", again["data"]!["rateResolution"]!["errors"]![0].Str("code"));
        Assert.Equal(before.Rated + 1, after.Rated);
        Assert.Equal(1.0, after.Rate);
        var events = await factory.EventsAsync("taopu.officer", @case.Id());
        Assert.Equal("CITIZEN_RATED", events[^1].Str("kind"));
    }

    [Fact]
    public async Task PortalToken_Should_ReadNothing_ButPetitionStatus()
    {
        // act
        var cases = await factory.AsPortalAsync("{ cases { totalCount } }");
        var mixed = await factory.AsPortalAsync("""{ petitionStatus(receipt: "X") { status } units { totalCount } }""");
        var viaFragment = await factory.AsPortalAsync("""query { ...F } fragment F on Query { cases { totalCount } }""");
        var register = await factory.AsPortalAsync("""
            mutation { registerCase(input: { petitioners: [{ name: "李" }], headcount: 1, channel: VISIT, receptionForm: ON_SITE,
              category: OTHER, title: "t", description: "d" }) { case { id } errors { ... on Error { code } } } }
            """);

        // assert
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], cases.ErrorCodes());
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], mixed.ErrorCodes());
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], viaFragment.ErrorCodes());
        Assert.Equal("AUTH_NOT_AUTHORIZED", register["data"]!["registerCase"]!["errors"]![0].Str("code"));
    }

    [Fact]
    public async Task Staff_Should_NotSubmitPetitions_NorReadReceipts()
    {
        // arrange
        var loupu = await factory.UnitIdAsync(Loupu);

        // act
        var submitted = await factory.PayloadAsync("taopu.officer", "submitPetition", new
        {
            unitId = loupu, category = "OTHER", title = "t", description = "d", contact = new { name = "李" },
        }, "receipt { receipt }");
        var status = await factory.AskAsync("taopu.officer", """{ petitionStatus(receipt: "00000-00000-00000-00000") { status } }""");

        // assert
        Assert.Equal("AUTH_NOT_AUTHORIZED", submitted["errors"]![0].Str("code"));
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], status.ErrorCodes());
    }

    [Fact]
    public async Task Petition_Should_BeRefused_ForAUnitThatTakesNoPetitions_WithAllFieldErrors()
    {
        // arrange
        var putuo = await factory.UnitIdAsync("/sh/putuo/");

        // act
        var district = (await factory.SubmitAsync(putuo, "扫码反映"))["data"]!["submitPetition"]!;
        var blank = (await factory.SubmitAsync("VW5pdDo5OTk5", " "))["data"]!["submitPetition"]!;

        // assert
        Assert.Null(district["receipt"]);
        Assert.Equal("unitId", Assert.Single(district["errors"]!.AsArray()).Str("field"));
        Assert.Equal(["title", "unitId"], blank["errors"]!.AsArray().Select(e => e.Str("field")).Order());
    }

    [Fact]
    public async Task QrCode_Should_EncodeThePortalWithTheUnit_ForCommitteesAndTownshipsOnly()
    {
        // arrange
        using var client = factory.CreateClient();

        // act
        var loupu = await client.GetAsync($"/units/{await factory.UnitIdAsync(Loupu)}/qr.svg");
        var district = await client.GetAsync($"/units/{await factory.UnitIdAsync("/sh/putuo/")}/qr.svg");
        var unknown = await client.GetAsync("/units/VW5pdDo5OTk5/qr.svg");

        // assert
        Assert.Equal(System.Net.HttpStatusCode.OK, loupu.StatusCode);
        Assert.Equal("image/svg+xml", loupu.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await loupu.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, district.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private async Task<JsonNode> CaseByNumberAsync(string number)
    {
        var response = await factory.AskAsync("taopu.officer", $$"""
            query Case($number: String!) { caseByNumber(number: $number) { {{CaseSteps.MutatedCase}} channel } }
            """, new { number });
        return response["data"]!["caseByNumber"]!;
    }

    private async Task<(int Rated, double? Rate)> CitizenFiguresAsync(string unitId)
    {
        var response = await factory.AskAsync("taopu.officer", """
            query Stats($unitId: ID!) { unitStats(unitId: $unitId, from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") { citizenRated citizenSatisfactionRate } }
            """, new { unitId });
        var stats = response["data"]!["unitStats"]!;
        return (stats.Int("citizenRated"), stats["citizenSatisfactionRate"]?.GetValue<double>());
    }
}

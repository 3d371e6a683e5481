using System.Net;
using System.Xml.Linq;
using Platform.Api.Tests.Cases;
using Platform.Api.Tests.Infrastructure;
using Platform.Identity.Clients;
using static Platform.Api.Tests.Open311.Open311Steps;

namespace Platform.Api.Tests.Open311;

/// <summary>Keys, tenancy and the spec's error format.</summary>
public sealed class Open311AccessTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task AKeyOfAnotherDistrict_Should_NeitherListNorRead_NorPostInto_LoupusRequests()
    {
        // arrange
        var number = await factory.PostedNumberAsync(Loupu);
        var yanghangKey = await RegisterPortalAsync("yanghang-app", "/sh/baoshan/yanghang/");

        // act
        var (_, listed) = await factory.GetJsonAsync($"/open311/v2/requests.json?api_key={yanghangKey}");
        var (_, byId) = await factory.GetJsonAsync($"/open311/v2/requests.json?api_key={yanghangKey}&service_request_id={number}");
        var (readStatus, read) = await factory.GetJsonAsync($"/open311/v2/requests/{number}.json?api_key={yanghangKey}");
        var (postStatus, posted) = await factory.PostRequestAsync("loupu", key: yanghangKey);
        var (ownStatus, own) = await factory.PostRequestAsync("yhcun1", key: yanghangKey);
        var (_, ownListed) = await factory.GetJsonAsync($"/open311/v2/requests.json?api_key={yanghangKey}");
        var (_, cityListed) = await factory.GetJsonAsync($"/open311/v2/requests.json?api_key={PortalKey}");

        // assert
        Assert.DoesNotContain(number, listed.Numbers());
        Assert.Empty(byId.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, readStatus);
        Assert.Equal(404, read.FirstError().Code);
        Assert.Equal(HttpStatusCode.BadRequest, postStatus);
        Assert.StartsWith("jurisdiction_id", posted.FirstError().Description);
        Assert.Equal(HttpStatusCode.OK, ownStatus);
        Assert.Contains(own[0].Str("service_request_id"), ownListed.Numbers());
        Assert.All(ownListed.Numbers(), n => Assert.StartsWith("BS-", n));
        Assert.All(listed.Numbers(), n => Assert.StartsWith("BS-", n));
        Assert.Contains(own[0].Str("service_request_id"), cityListed.Numbers());
        Assert.Contains(number, cityListed.Numbers());
    }

    [Fact]
    public async Task CasesReceivedAtAnOffice_Should_NeverBeListed()
    {
        // arrange
        var seeded = await factory.AskAsync("sh.officer", "{ cases(first: 100) { nodes { number channel } } }");
        var officeNumbers = seeded["data"]!["cases"]!["nodes"]!.AsArray()
            .Where(c => c.Str("channel") is not ("QR_CODE" or "ONLINE")).Select(c => c.Str("number")).ToList();

        // act
        var (_, listed) = await factory.GetJsonAsync(
            $"/open311/v2/requests.json?api_key={PortalKey}&service_request_id={string.Join(',', officeNumbers.Take(100))}");

        // assert
        Assert.NotEmpty(officeNumbers);
        Assert.Empty(listed.AsArray());
    }

    [Fact]
    public async Task MissingWrongAndUnscopedKeys_Should_BeRefused_InTheSpecsErrorFormat()
    {
        // act
        var (noKeyStatus, noKey) = await factory.GetJsonAsync("/open311/v2/requests.json");
        var (wrongStatus, wrong) = await factory.PostRequestAsync("loupu", key: DemoClients.Resident + ":wrong-secret");
        var integrationKey = DemoClients.Integration + ":" + DemoClients.IntegrationSecret;
        var (unscopedStatus, unscoped) = await factory.PostRequestAsync("loupu", key: integrationKey);
        var (xmlStatus, xml, mediaType) = await factory.GetAsync("/open311/v2/requests.xml?api_key=nobody:nothing");

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, noKeyStatus);
        Assert.Equal((400, "api_key is required."), noKey.FirstError());
        Assert.Equal(HttpStatusCode.Forbidden, wrongStatus);
        Assert.Equal(403, wrong.FirstError().Code);
        Assert.Equal(HttpStatusCode.Forbidden, unscopedStatus);
        Assert.Contains("petitions.submit", unscoped.FirstError().Description);
        Assert.Equal(HttpStatusCode.Forbidden, xmlStatus);
        Assert.Equal("text/xml", mediaType);
        var error = XDocument.Parse(xml).Root!;
        Assert.Equal("errors", error.Name.LocalName);
        Assert.Equal("403", error.Element("error")!.Element("code")!.Value);
    }

    [Fact]
    public async Task BadParameters_Should_Be400s_NamingTheParameter()
    {
        // act
        var (_, pageSize) = await factory.GetJsonAsync($"/open311/v2/requests.json?api_key={PortalKey}&page_size=101");
        var (_, status) = await factory.GetJsonAsync($"/open311/v2/requests.json?api_key={PortalKey}&status=pending");
        var (_, span) = await factory.GetJsonAsync(
            $"/open311/v2/requests.json?api_key={PortalKey}&start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z");
        var (_, noJurisdiction) = await factory.PostFormAsync(new Dictionary<string, string>
            { ["api_key"] = PortalKey, ["service_code"] = "HOUSING", ["description"] = "房屋开裂" });
        var (_, noDescription) = await factory.PostFormAsync(new Dictionary<string, string>
            { ["api_key"] = PortalKey, ["service_code"] = "HOUSING", ["jurisdiction_id"] = Loupu });
        var (_, halfPosition) = await factory.PostFormAsync(new Dictionary<string, string>
            { ["api_key"] = PortalKey, ["service_code"] = "HOUSING", ["jurisdiction_id"] = Loupu, ["description"] = "房屋开裂", ["lat"] = "31.2" });
        var (unknownStatus, unknown) = await factory.GetJsonAsync("/open311/v2/reports.json");

        // assert
        Assert.Equal(400, pageSize.FirstError().Code);
        Assert.StartsWith("page_size", pageSize.FirstError().Description);
        Assert.StartsWith("status", status.FirstError().Description);
        Assert.StartsWith("end_date", span.FirstError().Description);
        Assert.Equal((400, "jurisdiction_id is required."), noJurisdiction.FirstError());
        Assert.Contains(noDescription.AsArray(), e => e.Str("description").StartsWith("description", StringComparison.Ordinal));
        Assert.StartsWith("lat", halfPosition.FirstError().Description);
        Assert.Equal(HttpStatusCode.NotFound, unknownStatus);
        Assert.Equal(404, unknown.FirstError().Code);
    }

    /// <summary>A civic app's confidential client with petitions.submit, registered by the city's admin; its key.</summary>
    private async Task<string> RegisterPortalAsync(string clientId, string unitPath)
    {
        var unitId = await factory.UnitIdAsync(unitPath);
        var registered = await factory.PayloadAsync("sh.admin", "registerClient", new
        {
            clientId, displayName = "杨行镇便民应用", confidential = true, unitId, scopes = new[] { "petitions.submit" },
        }, "clientSecret");
        return clientId + ":" + registered.Str("clientSecret");
    }
}

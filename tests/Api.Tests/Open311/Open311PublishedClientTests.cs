using System.Globalization;
using System.Net;
using Platform.Api.Tests.Infrastructure;
using static Platform.Api.Tests.Open311.Open311Steps;

namespace Platform.Api.Tests.Open311;

/// <summary>
/// The calls a published client library makes, as Code for America's Python <c>three</c> builds them:
/// <c>jurisdiction_id</c> on every call, discovery beside the endpoint, <c>page_size</c> and
/// <c>start_date</c>/<c>end_date</c> in <c>%Y-%m-%dT%H:%M:%SZ</c>, and a form POST with
/// <c>api_key</c>, <c>address_string</c> and the name split into first and last.
/// </summary>
public sealed class Open311PublishedClientTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Endpoint = "/open311/v2/";
    private const string Jurisdiction = "loupu";

    [Fact]
    public async Task ThreesCalls_Should_Discover_ListServices_PostARequest_AndFindItInTheListing()
    {
        // arrange
        var today = factory.Clock.UtcNow.Date;
        var dates = string.Create(CultureInfo.InvariantCulture,
            $"start_date={today.AddDays(-30):yyyy-MM-ddTHH:mm:ssZ}&end_date={today.AddDays(1):yyyy-MM-ddTHH:mm:ssZ}");

        // act
        var (discoveryStatus, discovery) = await factory.GetJsonAsync($"{Endpoint}discovery.json");
        var (servicesStatus, services) = await factory.GetJsonAsync($"{Endpoint}services.json?jurisdiction_id={Jurisdiction}");
        var (postStatus, posted) = await factory.PostFormAsync(new Dictionary<string, string>
        {
            ["service_code"] = "PROPERTY_MANAGEMENT",
            ["description"] = "小区电梯停运一周，物业未答复。",
            ["address_string"] = "楼浦村3号楼",
            ["first_name"] = "Jianguo",
            ["last_name"] = "Li",
            ["phone"] = "13912345678",
            ["jurisdiction_id"] = Jurisdiction,
            ["api_key"] = PortalKey,
        }, $"{Endpoint}requests.json");
        var number = posted[0].Str("service_request_id");
        var (listStatus, listed) = await factory.GetJsonAsync(
            $"{Endpoint}requests.json?jurisdiction_id={Jurisdiction}&page_size=10&{dates}&api_key={PortalKey}");
        var (oneStatus, one) = await factory.GetJsonAsync($"{Endpoint}requests/{number}.json?jurisdiction_id={Jurisdiction}&api_key={PortalKey}");

        // assert
        Assert.Equal(HttpStatusCode.OK, discoveryStatus);
        Assert.EndsWith(Endpoint.TrimEnd('/'), discovery["endpoints"]![0].Str("url"));
        Assert.Contains("application/json", discovery["endpoints"]![0]!["formats"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, servicesStatus);
        Assert.Contains(services.AsArray(), s => s.Str("service_code") == "PROPERTY_MANAGEMENT");
        Assert.Equal(HttpStatusCode.OK, postStatus);
        Assert.Equal(HttpStatusCode.OK, listStatus);
        Assert.Contains(number, listed.Numbers());
        Assert.True(listed.AsArray().Count <= 10);
        Assert.Equal(HttpStatusCode.OK, oneStatus);
        Assert.Equal("物业管理", one[0].Str("service_name"));
    }
}

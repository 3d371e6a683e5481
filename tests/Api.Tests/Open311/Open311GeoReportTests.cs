using System.Net;
using System.Xml.Linq;
using Platform.Api.Tests.Cases;
using Platform.Api.Tests.Infrastructure;
using static Platform.Api.Tests.Open311.Open311Steps;

namespace Platform.Api.Tests.Open311;

/// <summary>GeoReport v2 as its spec's examples use it: the service list, a posted request read back, the listing.</summary>
public sealed class Open311GeoReportTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task ServiceList_Should_OfferEveryCaseCategory_WithoutAKey()
    {
        // act
        var (status, services) = await factory.GetJsonAsync("/open311/v2/services.json");

        // assert
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(11, services.AsArray().Count);
        var wages = services.AsArray().Single(s => s.Str("service_code") == "LABOR_WAGES")!;
        Assert.Equal("劳动工资", wages.Str("service_name"));
        Assert.True(wages["metadata"]!.GetValue<bool>());
        Assert.Equal("realtime", wages.Str("type"));
        Assert.NotNull(wages["group"]);
        Assert.NotNull(wages["keywords"]);
    }

    [Fact]
    public async Task ServiceList_Should_BeServedAsXml_AsTheSpecShowsIt()
    {
        // act
        var (status, body, mediaType) = await factory.GetAsync("/open311/v2/services.xml");

        // assert
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/xml", mediaType);
        var services = XDocument.Parse(body).Root!;
        Assert.Equal("services", services.Name.LocalName);
        Assert.Equal(11, services.Elements("service").Count());
        var first = services.Elements("service").First();
        Assert.Equal(["service_code", "service_name", "description", "metadata", "type", "keywords", "group"],
            first.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("true", first.Element("metadata")!.Value);
    }

    [Fact]
    public async Task ServiceDefinition_Should_DescribeTheTitleAttribute_AndAnUnknownService_Should_BeA404()
    {
        // act
        var (status, definition) = await factory.GetJsonAsync("/open311/v2/services/HOUSING.json");
        var (xmlStatus, xml, _) = await factory.GetAsync("/open311/v2/services/HOUSING.xml");
        var (missingStatus, missing) = await factory.GetJsonAsync("/open311/v2/services/POTHOLES.json");

        // assert
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("HOUSING", definition.Str("service_code"));
        var attribute = definition["attributes"]![0]!;
        Assert.Equal("title", attribute.Str("code"));
        Assert.Equal("string", attribute.Str("datatype"));
        Assert.False(attribute["required"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, xmlStatus);
        Assert.Equal("title", XDocument.Parse(xml).Root!.Element("attributes")!.Element("attribute")!.Element("code")!.Value);
        Assert.Equal(HttpStatusCode.NotFound, missingStatus);
        Assert.Equal(404, missing.FirstError().Code);
    }

    [Fact]
    public async Task PostedRequest_Should_LandInLoupusQueue_AndBeReadBackById_WithPublicFieldsOnly()
    {
        // arrange
        var loupu = await factory.UnitIdAsync(Loupu);

        // act
        var (status, posted) = await factory.PostRequestAsync(loupu);
        var number = posted[0].Str("service_request_id");
        var (readStatus, read) = await factory.GetJsonAsync($"/open311/v2/requests/{number}.json?api_key={PortalKey}");
        var @case = await CaseByNumberAsync(number);
        var queue = await factory.QueueAsync("loupu.proxy", "PENDING_ACCEPTANCE");

        // assert
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Matches("^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$", posted[0].Str("receipt"));
        Assert.Contains("楼浦", posted[0].Str("service_notice"));
        Assert.Null(posted[0]!["account_id"]);
        Assert.Equal(HttpStatusCode.OK, readStatus);
        var request = Assert.Single(read.AsArray())!;
        Assert.Equal(number, request.Str("service_request_id"));
        Assert.Equal("open", request.Str("status"));
        Assert.Equal("LABOR_WAGES", request.Str("service_code"));
        Assert.Contains("楼浦", request.Str("agency_responsible"));
        Assert.Null(request["description"]);
        Assert.DoesNotContain("李", read.ToJsonString());
        Assert.DoesNotContain("139", read.ToJsonString());
        Assert.Contains(@case.Id(), queue);
        Assert.Equal("ONLINE", @case.Str("channel"));
        Assert.Equal(Loupu, @case.HandlingPath());
        Assert.Contains("地点：桃浦镇物流园区（31.2702, 121.3871）", @case.Str("description"));
        Assert.Equal("物流园区用工单位拖欠两个月工资，多次讨要无果。", @case.Str("title"));
    }

    [Fact]
    public async Task RequestList_Should_FilterByServiceCode_Status_AndIds()
    {
        // arrange
        var housing = await factory.PostedNumberAsync("loupu", "HOUSING");
        var transport = await factory.PostedNumberAsync(Loupu, "TRANSPORT");

        // act
        var (_, byCode) = await factory.GetJsonAsync($"/open311/v2/requests.json?api_key={PortalKey}&service_code=HOUSING");
        var (_, open) = await factory.GetJsonAsync($"/open311/v2/requests.json?api_key={PortalKey}&status=open");
        var (_, closed) = await factory.GetJsonAsync($"/open311/v2/requests.json?api_key={PortalKey}&status=closed");
        var (_, byIds) = await factory.GetJsonAsync($"/open311/v2/requests.json?api_key={PortalKey}&service_request_id={transport},{housing}&status=closed");
        var (_, firstPage) = await factory.GetJsonAsync($"/open311/v2/requests.json?api_key={PortalKey}&page_size=1");

        // assert
        Assert.Contains(housing, byCode.Numbers());
        Assert.DoesNotContain(transport, byCode.Numbers());
        Assert.All(byCode.AsArray(), r => Assert.Equal("HOUSING", r.Str("service_code")));
        Assert.Contains(housing, open.Numbers());
        Assert.DoesNotContain(housing, closed.Numbers());
        Assert.Equal([transport, housing], byIds.Numbers());
        Assert.Single(firstPage.AsArray());
    }

    private async Task<System.Text.Json.Nodes.JsonNode> CaseByNumberAsync(string number)
    {
        var response = await factory.AskAsync("taopu.officer", """
            query Case($number: String!) { caseByNumber(number: $number) { id title description channel handlingUnit { path } } }
            """, new { number });
        return response["data"]!["caseByNumber"]!;
    }
}

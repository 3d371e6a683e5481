using System.Net;
using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;
using Platform.Identity.Clients;

namespace Platform.Api.Tests.Open311;

/// <summary>An Open311 app's calls: plain HTTP, the api_key in the query or the form, answers read as the spec gives them.</summary>
public static class Open311Steps
{
    /// <summary>The residents' portal's key (DESIGN §8's demo client, <c>client_id:client_secret</c>).</summary>
    public const string PortalKey = DemoClients.Resident + ":" + DemoClients.ResidentSecret;

    public const string Loupu = "/sh/putuo/taopu/loupu/";

    public static async Task<(HttpStatusCode Status, string Body, string? MediaType)> GetAsync(this PlatformFactory factory, string path)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType);
    }

    public static async Task<(HttpStatusCode Status, JsonNode Body)> GetJsonAsync(this PlatformFactory factory, string path)
    {
        var (status, body, _) = await factory.GetAsync(path);
        return (status, JsonNode.Parse(body)!);
    }

    /// <summary>POSTs <paramref name="fields"/> form-encoded, as the spec and its client libraries do.</summary>
    public static async Task<(HttpStatusCode Status, JsonNode Body)> PostFormAsync(
        this PlatformFactory factory, IEnumerable<KeyValuePair<string, string>> fields, string path = "/open311/v2/requests.json")
    {
        using var client = factory.CreateClient();
        using var content = new FormUrlEncodedContent(fields);
        using var response = await client.PostAsync(path, content);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    /// <summary>A resident's request to <paramref name="jurisdiction"/> through <paramref name="key"/>; the whole answer.</summary>
    public static Task<(HttpStatusCode Status, JsonNode Body)> PostRequestAsync(
        this PlatformFactory factory, string jurisdiction, string serviceCode = "LABOR_WAGES", string key = PortalKey,
        string description = "物流园区用工单位拖欠两个月工资，多次讨要无果。", string device = "device-1") =>
        factory.PostFormAsync(new Dictionary<string, string>
        {
            ["api_key"] = key,
            ["jurisdiction_id"] = jurisdiction,
            ["service_code"] = serviceCode,
            ["description"] = description,
            ["lat"] = "31.2702",
            ["long"] = "121.3871",
            ["address_string"] = "桃浦镇物流园区",
            ["first_name"] = "建国",
            ["last_name"] = "李",
            ["phone"] = "13912345678",
            ["email"] = "li@example.com",
            ["device_id"] = device,
        });

    /// <summary>The number of a request posted by <see cref="PostRequestAsync"/>, which must have succeeded.</summary>
    public static async Task<string> PostedNumberAsync(this PlatformFactory factory, string jurisdiction, string serviceCode = "LABOR_WAGES", string key = PortalKey)
    {
        var (status, body) = await factory.PostRequestAsync(jurisdiction, serviceCode, key);
        Assert.True(status == HttpStatusCode.OK, body.ToJsonString());
        return body[0].Str("service_request_id");
    }

    public static List<string> Numbers(this JsonNode list) =>
        [.. list.AsArray().Select(r => r.Str("service_request_id"))];

    /// <summary>The spec's error list: one <c>{ code, description }</c> per error.</summary>
    public static (int Code, string Description) FirstError(this JsonNode body) =>
        (body[0]!["code"]!.GetValue<int>(), body[0].Str("description"));
}

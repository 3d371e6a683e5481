using System.Net;
using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;
using Platform.Identity.Clients;

namespace Platform.Api.Tests.Operations;

/// <summary>
/// Issue 7 item 3: Production on plain-HTTP Kestrel behind a TLS-terminating proxy. The proxy
/// here is on loopback, which is trusted by default; other proxies are configured in
/// <c>ForwardedHeaders:KnownProxies</c> / <c>KnownNetworks</c>.
/// </summary>
public sealed class ForwardedHeadersTests
{
    [Fact]
    public async Task ATokenRequest_ForwardedAsHttps_ByATrustedProxy_Should_Get_AToken_InProduction()
    {
        // arrange
        using var factory = ProductionOnKestrel();

        // act
        using var response = await RequestTokenAsync(factory, forwardedProto: "https");
        var body = await response.Content.ReadAsStringAsync();

        // assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("https://", Jwt.Payload(JsonNode.Parse(body)!["access_token"]!.GetValue<string>()).GetProperty("iss").GetString());
    }

    [Fact]
    public async Task ATokenRequest_OverPlainHttp_Should_Get_InvalidRequest_NotA500_InProduction()
    {
        // arrange
        using var factory = ProductionOnKestrel();

        // act
        using var response = await RequestTokenAsync(factory, forwardedProto: null);
        var body = await response.Content.ReadAsStringAsync();

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", JsonNode.Parse(body)!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task ForwardedHeaders_Should_Be_Ignored_When_TurnedOff()
    {
        // arrange
        using var factory = ProductionOnKestrel().WithSetting("ForwardedHeaders:Enabled", "false");

        // act
        using var response = await RequestTokenAsync(factory, forwardedProto: "https");

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static PlatformFactory ProductionOnKestrel()
    {
        // The demo client is needed for a token; Production does not seed it unless told to.
        var factory = PlatformFactory.ForEnvironment("Production").WithSetting("Database:SeedDemoData", "true");
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        return factory;
    }

    private static async Task<HttpResponseMessage> RequestTokenAsync(PlatformFactory factory, string? forwardedProto)
    {
        factory.StartServer();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = DemoClients.Integration,
                ["client_secret"] = DemoClients.IntegrationSecret,
            }),
        };
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }

        return await client.SendAsync(request);
    }
}

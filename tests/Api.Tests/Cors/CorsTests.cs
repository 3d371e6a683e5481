using System.Net;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Cors;

/// <summary>CORS for browser front ends (issue 8 item 5): registered origins only, one origin named, no credentials.</summary>
public sealed class CorsTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Theory]
    [InlineData("/graphql", "POST")]
    [InlineData("/connect/token", "POST")]
    public async Task APreflight_FromARegisteredOrigin_Should_Get_204_WithThatOrigin(string path, string method)
    {
        // act
        using var response = await PreflightAsync(path, "http://localhost:5173", method, "authorization,content-type");

        // assert
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("http://localhost:5173", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("GET,POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
        Assert.Equal("Authorization,Content-Type,Accept,GraphQL-Cost,GraphQL-Preflight", response.Headers.GetValues("Access-Control-Allow-Headers").Single());
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task APreflight_FromAnotherOrigin_Should_Get_NoCorsHeaders()
    {
        // act
        using var response = await PreflightAsync("/graphql", "https://evil.example", "POST", "authorization");

        // assert
        Assert.DoesNotContain(response.Headers, h => h.Key.StartsWith("Access-Control-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnOrigin_Should_Be_Allowed_OnceAPublicClientRegistersIt()
    {
        // arrange
        using var before = await PreflightAsync("/graphql", "https://portal.putuo.example", "POST", "authorization");

        // act
        var registered = await factory.PayloadAsync("putuo.admin", "registerClient", new
        {
            clientId = "putuo-portal", displayName = "普陀门户", confidential = false,
            redirectUris = new[] { "https://portal.putuo.example/callback" },
        }, "client { allowedOrigins }");
        using var after = await PreflightAsync("/graphql", "https://portal.putuo.example", "POST", "authorization");

        // assert
        Assert.False(before.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(["https://portal.putuo.example"], registered["client"]!["allowedOrigins"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.Equal("https://portal.putuo.example", after.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    private async Task<HttpResponseMessage> PreflightAsync(string path, string origin, string method, string headers)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return await client.SendAsync(request);
    }
}

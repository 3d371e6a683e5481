using System.Text.Json;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Identity;

/// <summary>What the token server advertises (DESIGN §7).</summary>
public sealed class DiscoveryTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Discovery_Should_List_EveryEndpoint_AndGrant()
    {
        // arrange
        using var client = factory.CreateClient();

        // act
        using var discovery = JsonDocument.Parse(await client.GetStringAsync("/.well-known/openid-configuration"));

        // assert
        var root = discovery.RootElement;
        foreach (var endpoint in new[] { "authorization_endpoint", "token_endpoint", "end_session_endpoint", "userinfo_endpoint", "revocation_endpoint", "introspection_endpoint" })
        {
            Assert.StartsWith("http", root.GetProperty(endpoint).GetString());
        }

        var grants = root.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()).ToList();
        Assert.Contains("authorization_code", grants);
        Assert.Contains("refresh_token", grants);
        Assert.Contains("client_credentials", grants);
        Assert.Equal(["S256"], root.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
        var scopes = root.GetProperty("scopes_supported").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Contains("openid", scopes);
        Assert.Contains("offline_access", scopes);
    }
}

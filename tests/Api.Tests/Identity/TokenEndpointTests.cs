using System.Net;
using System.Text.Json;
using Platform.Api.Tests.Infrastructure;
using Platform.Data.Seeding;
using Platform.Identity;
using Platform.Identity.Clients;

namespace Platform.Api.Tests.Identity;

public sealed class TokenEndpointTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task PasswordGrant_Should_Issue_AJwt_WithTheAccountsUnitRolesAndScopes()
    {
        // arrange
        var account = DemoAccounts.Get("taopu.officer");

        // act
        var token = await factory.GetTokenAsync(account.UserName);

        // assert
        var payload = Jwt.Payload(token);
        Assert.Equal(account.Id, payload.GetProperty(PlatformClaims.Subject).GetString());
        Assert.Equal(account.DisplayName, payload.GetProperty(PlatformClaims.Name).GetString());
        Assert.True(int.TryParse(payload.GetProperty(PlatformClaims.UnitId).GetString(), out _));
        Assert.Equal("/sh/putuo/taopu/", payload.GetProperty(PlatformClaims.UnitPath).GetString());
        Assert.Equal(["officer"], Jwt.Values(payload, PlatformClaims.Role));
        Assert.Equal("platform.read platform.write pii.read", payload.GetProperty(PlatformClaims.Scope).GetString());
        Assert.Equal([PlatformClaims.Audience], Jwt.Values(payload, "aud"));
    }

    [Fact]
    public async Task PasswordGrant_Should_Grant_OnlyTheRequestedScopes()
    {
        // act
        var token = await factory.GetTokenAsync("taopu.officer", scope: PlatformScopes.Read);

        // assert
        Assert.Equal(PlatformScopes.Read, Jwt.Payload(token).GetProperty(PlatformClaims.Scope).GetString());
    }

    [Fact]
    public async Task PasswordGrant_Should_Refuse_AScopeTheRoleDoesNotAllow()
    {
        // arrange
        var form = PasswordForm("putuo.viewer", DemoAccounts.Password);

        // act
        using var response = await factory.RequestTokenAsync(form, scope: $"{PlatformScopes.Read} {PlatformScopes.Write}");

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_scope", await ErrorOf(response));
    }

    [Fact]
    public async Task PasswordGrant_Should_Fail_WithInvalidGrant_When_ThePasswordIsWrong()
    {
        // arrange
        var form = PasswordForm("putuo.officer", "not-the-password");

        // act
        using var response = await factory.RequestTokenAsync(form);

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", await ErrorOf(response));
    }

    [Fact]
    public async Task PasswordGrant_Should_LockTheAccount_AfterFiveFailures()
    {
        // arrange
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var failed = await factory.RequestTokenAsync(PasswordForm("yangpu.leader", "not-the-password"));
        }

        // act
        using var response = await factory.RequestTokenAsync(PasswordForm("yangpu.leader", DemoAccounts.Password));

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", await ErrorOf(response));
    }

    [Fact]
    public async Task ClientCredentials_Should_Bind_TheToken_ToTheClientsUnit_AndScopes()
    {
        // act
        var token = await factory.GetClientTokenAsync();

        // assert
        var payload = Jwt.Payload(token);
        Assert.Equal(DemoClients.Integration, payload.GetProperty(PlatformClaims.Subject).GetString());
        Assert.Equal(DemoClients.IntegrationUnitPath, payload.GetProperty(PlatformClaims.UnitPath).GetString());
        Assert.True(int.TryParse(payload.GetProperty(PlatformClaims.UnitId).GetString(), out _));
        Assert.Equal("platform.read suggestions.submit", payload.GetProperty(PlatformClaims.Scope).GetString());
        Assert.Empty(Jwt.Values(payload, PlatformClaims.Role));
        Assert.Equal([PlatformClaims.Audience], Jwt.Values(payload, "aud"));
    }

    [Fact]
    public async Task ClientCredentials_Should_Fail_When_TheSecretIsWrong()
    {
        // arrange
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = DemoClients.Integration,
            ["client_secret"] = "not-the-secret",
        };

        // act
        using var response = await factory.RequestTokenAsync(form);

        // assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", await ErrorOf(response));
    }

    [Fact]
    public async Task Discovery_Should_Advertise_TheTokenEndpoint_AndTheKeyThatSignsTokens()
    {
        // arrange
        using var client = factory.CreateClient();
        var token = await factory.GetClientTokenAsync();

        // act
        using var discovery = JsonDocument.Parse(await client.GetStringAsync("/.well-known/openid-configuration"));
        var jwksUri = new Uri(discovery.RootElement.GetProperty("jwks_uri").GetString()!);
        using var jwks = JsonDocument.Parse(await client.GetStringAsync(jwksUri.PathAndQuery));

        // assert
        Assert.EndsWith("/connect/token", discovery.RootElement.GetProperty("token_endpoint").GetString());
        var grants = discovery.RootElement.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString());
        Assert.Contains("client_credentials", grants);
        var kids = jwks.RootElement.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString());
        Assert.Contains(Jwt.Header(token).GetProperty("kid").GetString(), kids);
    }

    [Fact]
    public async Task PasswordGrant_Should_Be_Unsupported_OutsideDevelopmentAndTests()
    {
        // arrange
        using var production = PlatformFactory.ForEnvironment("Production");

        // act
        using var response = await production.RequestTokenAsync(PasswordForm("taopu.officer", DemoAccounts.Password));

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("unsupported_grant_type", await ErrorOf(response));
    }

    [Fact]
    public async Task SigningKeys_Should_Persist_AcrossHosts_OnTheSameDatabase()
    {
        // arrange
        using var first = new PlatformFactory();
        var firstToken = await first.GetTokenAsync("sh.admin");
        string secondToken;

        // act
        using (var second = PlatformFactory.SharingDatabaseWith(first))
        {
            secondToken = await second.GetTokenAsync("sh.admin");
        }

        // assert
        Assert.Equal(
            Jwt.Header(firstToken).GetProperty("kid").GetString(),
            Jwt.Header(secondToken).GetProperty("kid").GetString());
    }

    private static Dictionary<string, string> PasswordForm(string userName, string password) => new()
    {
        ["grant_type"] = "password",
        ["client_id"] = DemoClients.Frontend,
        ["username"] = userName,
        ["password"] = password,
    };

    private static async Task<string?> ErrorOf(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("error").GetString();
    }
}

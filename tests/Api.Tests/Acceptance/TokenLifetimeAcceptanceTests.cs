using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Acceptance;

/// <summary>
/// Issue 7 item 6: a token signed with the real key is still refused when it has no <c>exp</c>
/// or when its <c>nbf</c> lies in the future beyond the allowed clock skew (<c>Identity:ClockSkew</c>, 1 minute).
/// </summary>
[Collection(SharedPlatform.Name)]
public sealed class TokenLifetimeAcceptanceTests(PlatformFactory factory)
{
    private const string CaseCount = """
        { cases { totalCount } }
        """;

    [Fact]
    public async Task ATokenWithoutExp_Should_Get_AuthNotAuthenticated()
    {
        // arrange
        var forged = await ForgeAsync(omit: ["exp"]);

        // act
        var response = await SendAsync(forged);

        // assert
        Assert.False(Jwt.Payload(forged).TryGetProperty("exp", out _));
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], response.ErrorCodes());
        Assert.Null(response["data"]);
    }

    [Fact]
    public async Task ATokenWithAFutureNbf_Should_Get_AuthNotAuthenticated()
    {
        // arrange
        var forged = await ForgeAsync(notBefore: DateTimeOffset.UtcNow.AddMinutes(10));

        // act
        var response = await SendAsync(forged);

        // assert
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], response.ErrorCodes());
        Assert.Null(response["data"]);
    }

    [Fact]
    public async Task ATokenWithAnNbfWithinTheClockSkew_Should_Be_Accepted()
    {
        // arrange
        var forged = await ForgeAsync(notBefore: DateTimeOffset.UtcNow.AddSeconds(20));

        // act
        var response = await SendAsync(forged);

        // assert
        Assert.Empty(response.ErrorCodes());
        Assert.True(response["data"]!["cases"]!["totalCount"]!.GetValue<int>() > 0);
    }

    private async Task<string> ForgeAsync(DateTimeOffset? notBefore = null, string[]? omit = null)
    {
        var genuine = await factory.GetTokenAsync("taopu.officer");
        var forge = await TokenForge.ForAsync(factory);
        var overrides = new Dictionary<string, object>();
        if (notBefore is { } nbf)
        {
            overrides["nbf"] = nbf.ToUnixTimeSeconds();
        }

        return forge.Forge(genuine, expires: DateTimeOffset.UtcNow.AddMinutes(30), overrides, omit);
    }

    private async Task<JsonObject> SendAsync(string accessToken)
    {
        using var client = factory.CreateClient(accessToken);
        return await client.PostGraphQLAsync(CaseCount);
    }
}

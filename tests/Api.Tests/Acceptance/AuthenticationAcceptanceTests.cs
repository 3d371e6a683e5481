using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Acceptance;

/// <summary>
/// DESIGN §7: invalid, expired, wrongly signed or wrong-audience tokens get
/// <c>AUTH_NOT_AUTHENTICATED</c>. (The password grant outside Development and tests is covered by
/// <c>TokenEndpointTests.PasswordGrant_Should_Be_Unsupported_OutsideDevelopmentAndTests</c>.)
/// </summary>
[Collection(SharedPlatform.Name)]
public sealed class AuthenticationAcceptanceTests(PlatformFactory factory)
{
    private const string CaseCount = """
        { cases { totalCount } }
        """;

    [Fact]
    public async Task ARequestWithoutAToken_Should_Get_AuthNotAuthenticated_AndNoData()
    {
        // arrange
        using var client = factory.CreateClient();

        // act
        var response = await client.PostGraphQLAsync(CaseCount);

        // assert
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], response.ErrorCodes());
        Assert.Null(response["data"]);
    }

    [Fact]
    public async Task ATokenWithAFlippedPayloadCharacter_Should_Get_AuthNotAuthenticated()
    {
        // arrange
        var token = await factory.GetTokenAsync("taopu.officer");
        var parts = token.Split('.');
        var middle = parts[1].Length / 2;
        var flipped = parts[1][middle] == 'A' ? 'B' : 'A';
        var tampered = $"{parts[0]}.{parts[1][..middle]}{flipped}{parts[1][(middle + 1)..]}.{parts[2]}";

        // act
        var response = await SendAsync(tampered);

        // assert
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], response.ErrorCodes());
        Assert.Null(response["data"]);
    }

    [Fact]
    public async Task ATokenForgedWithTheRealKeyAndTheRealClaims_Should_Be_Accepted()
    {
        // arrange
        var genuine = await factory.GetTokenAsync("taopu.officer");
        var forge = await TokenForge.ForAsync(factory);
        var forged = forge.Forge(genuine, expires: DateTimeOffset.UtcNow.AddMinutes(30));

        // act
        var response = await SendAsync(forged);

        // assert
        Assert.Equal("at+jwt", Jwt.Header(forged).GetProperty("typ").GetString());
        Assert.Equal(Jwt.Header(genuine).GetProperty("kid").GetString(), Jwt.Header(forged).GetProperty("kid").GetString());
        Assert.Empty(response.ErrorCodes());
        Assert.True(response["data"]!["cases"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task AnExpiredToken_Should_Get_AuthNotAuthenticated()
    {
        // arrange
        var genuine = await factory.GetTokenAsync("taopu.officer");
        var forge = await TokenForge.ForAsync(factory);
        var expired = forge.Forge(genuine, expires: DateTimeOffset.UtcNow.AddHours(-1));

        // act
        var response = await SendAsync(expired);

        // assert
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], response.ErrorCodes());
        Assert.Null(response["data"]);
    }

    [Fact]
    public async Task ATokenForAnotherAudience_Should_Get_AuthNotAuthenticated()
    {
        // arrange
        var genuine = await factory.GetTokenAsync("taopu.officer");
        var forge = await TokenForge.ForAsync(factory);
        var foreign = forge.Forge(
            genuine, expires: DateTimeOffset.UtcNow.AddMinutes(30), new Dictionary<string, object> { ["aud"] = "someone-else" });

        // act
        var response = await SendAsync(foreign);

        // assert
        Assert.Equal("someone-else", Jwt.Payload(foreign).GetProperty("aud").GetString());
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], response.ErrorCodes());
        Assert.Null(response["data"]);
    }

    private async Task<JsonObject> SendAsync(string accessToken)
    {
        using var client = factory.CreateClient(accessToken);
        return await client.PostGraphQLAsync(CaseCount);
    }
}

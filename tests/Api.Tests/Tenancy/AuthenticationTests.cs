using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Tenancy;

/// <summary>Reads need an authenticated principal with the platform.read scope (DESIGN §6, §7).</summary>
[Collection(SharedPlatform.Name)]
public sealed class AuthenticationTests(PlatformFactory factory)
{
    private const string Cases = """
        query { cases { totalCount } }
        """;

    [Fact]
    public async Task ARequestWithoutAToken_Should_Get_AuthNotAuthenticated()
    {
        // arrange
        using var client = factory.CreateClient();

        // act
        var response = await client.PostGraphQLAsync(Cases);

        // assert
        Assert.Null(response["data"]?["cases"]);
        Assert.Equal(["AUTH_NOT_AUTHENTICATED"], response.ErrorCodes());
    }

    [Fact]
    public async Task ATokenWithoutPlatformRead_Should_Get_AuthNotAuthorized()
    {
        // arrange
        var token = await factory.GetClientTokenAsync(scope: "suggestions.submit");
        using var client = factory.CreateClient(token);

        // act
        var response = await client.PostGraphQLAsync(Cases);

        // assert
        Assert.Null(response["data"]?["cases"]);
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], response.ErrorCodes());
    }
}

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;
using Platform.Identity.Clients;

namespace Platform.Api.Tests.Operations;

/// <summary>
/// Issue 7 item 8: over a limit the answer is 429 with <c>Retry-After</c> and a coded body;
/// each principal has its own budget on <c>/graphql</c>; the probes are never limited.
/// </summary>
public sealed class RateLimitTests
{
    private const string Query = """{"query":"{ __typename }"}""";

    [Fact]
    public async Task APrincipalOverItsGraphQLLimit_Should_Get_429_WithRetryAfter_WhileAnotherPrincipalIsServed()
    {
        // arrange
        using var factory = new PlatformFactory()
            .WithSetting("RateLimits:GraphQL:PermitLimit", "2")
            .WithSetting("RateLimits:GraphQL:Window", "01:00:00");
        using var officer = factory.CreateClient(await factory.GetTokenAsync("taopu.officer"));
        using var leader = factory.CreateClient(await factory.GetTokenAsync("taopu.leader"));

        // act
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 2; i++)
        {
            using var allowed = await PostAsync(officer);
            statuses.Add(allowed.StatusCode);
        }

        using var refused = await PostAsync(officer);
        using var other = await PostAsync(leader);

        // assert
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], statuses);
        await AssertRefusedAsync(refused);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task AnonymousCallersOverTheLimit_Should_Get_429_WithRetryAfter()
    {
        // arrange
        using var factory = new PlatformFactory().WithSetting("RateLimits:Anonymous:PermitLimit", "1");
        using var client = factory.CreateClient();

        // act
        using var first = await PostAsync(client);
        using var second = await PostAsync(client);

        // assert
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await AssertRefusedAsync(second);
    }

    [Fact]
    public async Task TokenRequestsOverTheLimit_Should_Get_429_WithRetryAfter_AndAnOAuthError()
    {
        // arrange
        using var factory = new PlatformFactory().WithSetting("RateLimits:SignIn:PermitLimit", "2");
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = DemoClients.Integration,
            ["client_secret"] = "a guess",
        };

        // act
        using var first = await factory.RequestTokenAsync(form);
        using var second = await factory.RequestTokenAsync(form);
        using var third = await factory.RequestTokenAsync(form);
        var body = JsonNode.Parse(await third.Content.ReadAsStringAsync())!;

        // assert
        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("temporarily_unavailable", body["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task HealthProbes_Should_Never_Be_Limited()
    {
        // arrange
        using var factory = new PlatformFactory()
            .WithSetting("RateLimits:Anonymous:PermitLimit", "1")
            .WithSetting("RateLimits:SignIn:PermitLimit", "1");
        using var client = factory.CreateClient();

        // act
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync(i % 2 == 0 ? "/health/ready" : "/health/live");
            statuses.Add(response.StatusCode);
        }

        // assert
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client) =>
        client.PostAsync("/graphql", new StringContent(Query, Encoding.UTF8, "application/json"));

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var extensions = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!;
        Assert.Equal("RATE_LIMITED", extensions["code"]!.GetValue<string>());
        Assert.True(extensions["retryAfter"]!.GetValue<int>() > 0);
    }
}

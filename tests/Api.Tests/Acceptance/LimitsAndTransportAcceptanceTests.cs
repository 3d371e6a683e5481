using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Acceptance;

/// <summary>DESIGN §6 limits and GraphQL-over-HTTP transport, against the real schema and a real token.</summary>
[Collection(SharedPlatform.Name)]
public sealed class LimitsAndTransportAcceptanceTests(PlatformFactory factory)
{
    private const string User = "sh.officer";

    // units, nodes, then parent and children alternating: 16 levels, past MaxDepth 12.
    private const string TooDeep = """
        {
          units(first: 1) {
            nodes {
              parent { parent { children { parent { children { parent { children { parent {
                children { parent { children { parent { children { name } } } } }
              } } } } } } } }
            }
          }
        }
        """;

    [Fact]
    public async Task AskingForMoreThan100CasesFromTheStart_Should_Fail_WithPageSize()
    {
        // act
        var response = await factory.AskAsync(User, """
            { cases(first: 101) { totalCount nodes { number } } }
            """);

        // assert
        Assert.Equal(["PAGE_SIZE"], response.ErrorCodes());
        AssertNoInternals(response.ToJsonString());
    }

    [Fact]
    public async Task AskingForMoreThan100CasesFromTheEnd_Should_Fail_WithPageSize()
    {
        // act
        var response = await factory.AskAsync(User, """
            { cases(last: 101) { totalCount nodes { number } } }
            """);

        // assert
        Assert.Equal(["PAGE_SIZE"], response.ErrorCodes());
        AssertNoInternals(response.ToJsonString());
    }

    [Fact]
    public async Task AQueryNestedPastTheDepthLimit_Should_Fail_WithMaxDepth_EveryTimeItIsSent()
    {
        // arrange
        using var client = factory.CreateClient(await factory.GetTokenAsync(User));

        // act
        var first = await client.PostGraphQLAsync(TooDeep);
        var second = await client.PostGraphQLAsync(TooDeep);

        // assert
        Assert.Equal(["MAX_DEPTH"], first.ErrorCodes());
        Assert.Null(first["data"]);
        Assert.Equal(["MAX_DEPTH"], second.ErrorCodes());
        Assert.Null(second["data"]);
        AssertNoInternals(first.ToJsonString());
    }

    [Fact]
    public async Task AMalformedJsonBody_Should_Get_400_WithAMessage_AndNoStackTrace()
    {
        // arrange
        using var client = factory.CreateClient(await factory.GetTokenAsync(User));
        using var content = new StringContent("""{"query": "{ viewer { name } }", """, Encoding.UTF8, "application/json");

        // act
        using var response = await client.PostAsync("/graphql", content);
        var body = await response.Content.ReadAsStringAsync();

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonNode.Parse(body)!["errors"]![0]!;
        Assert.False(string.IsNullOrWhiteSpace(error["message"]?.GetValue<string>()));
        AssertNoInternals(body);
    }

    [Fact]
    public async Task AQueryOverGet_Should_Run_WithAToken()
    {
        // arrange
        using var client = factory.CreateClient(await factory.GetTokenAsync("taopu.officer"));

        // act
        using var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{viewer{name}}"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        // assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(body.ErrorCodes());
        Assert.False(string.IsNullOrWhiteSpace(body["data"]!["viewer"]!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AMutationOverGet_Should_Get_405()
    {
        // arrange
        using var client = factory.CreateClient(await factory.GetTokenAsync(User));

        // act
        using var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"));
        var body = await response.Content.ReadAsStringAsync();

        // assert
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        AssertNoInternals(body);
    }

    private static void AssertNoInternals(string body)
    {
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain(".cs:line", body);
    }
}

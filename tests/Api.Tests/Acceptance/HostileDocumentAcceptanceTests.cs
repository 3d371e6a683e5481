using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Acceptance;

/// <summary>
/// Issue 7 item 1: documents built to burn CPU are refused with a coded 4xx before anything is
/// validated or executed, without a token, and without internals in the answer.
/// </summary>
[Collection(SharedPlatform.Name)]
public sealed class HostileDocumentAcceptanceTests(PlatformFactory factory)
{
    /// <summary><c>fragment F1 on Query { ...F0 ...F0 }</c> … F30: 1.2 KB whose expansion has 2^30 fields.</summary>
    private static string DoublingFragments(int n) =>
        "query { ...F" + n + " } fragment F0 on Query { __typename } "
        + string.Concat(Enumerable.Range(1, n).Select(i => $"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }} "));

    [Fact]
    public async Task DoublingFragmentsThirtyDeep_Should_Get_400_MaxComplexity_WithoutAToken()
    {
        // act
        var (status, body) = await PostAnonymouslyAsync(DoublingFragments(30));

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["MAX_COMPLEXITY"], body.ErrorCodes());
        Assert.Contains("1073741824", body.ToJsonString());
    }

    [Fact]
    public async Task ThirtyThousandRepeatedFields_Should_Get_400_MaxDocumentSize_WithoutAToken()
    {
        // act
        var (status, body) = await PostAnonymouslyAsync("{ " + string.Concat(Enumerable.Repeat("__typename ", 30_000)) + "}");

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["MAX_DOCUMENT_SIZE"], body.ErrorCodes());
    }

    [Fact]
    public async Task TwoThousandRepeatedFields_Should_Get_400_MaxFields_WithoutAToken()
    {
        // act
        var (status, body) = await PostAnonymouslyAsync("{ " + string.Concat(Enumerable.Repeat("__typename ", 2_000)) + "}");

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["MAX_FIELDS"], body.ErrorCodes());
    }

    [Fact]
    public async Task TwentyThousandDirectives_Should_Get_OneError_NotThousands()
    {
        // act
        var (status, body) = await PostAnonymouslyAsync("{ __typename " + string.Concat(Enumerable.Repeat("@skip(if: false) ", 20_000)) + "}");

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["MAX_DOCUMENT_SIZE"], body.ErrorCodes());
    }

    [Fact]
    public async Task SixtyDirectives_Should_Get_400_MaxDirectives()
    {
        // act
        var (status, body) = await PostAnonymouslyAsync("{ __typename " + string.Concat(Enumerable.Repeat("@skip(if: false) ", 60)) + "}");

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["MAX_DIRECTIVES"], body.ErrorCodes());
    }

    [Fact]
    public async Task AHundredAndTwentyAliases_Should_Get_400_MaxAliases()
    {
        // act
        var (status, body) = await PostAnonymouslyAsync("{ " + string.Concat(Enumerable.Range(1, 120).Select(i => $"a{i}: __typename ")) + "}");

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["MAX_ALIASES"], body.ErrorCodes());
    }

    [Fact]
    public async Task ATenMegabyteDocument_Should_Get_413_RequestTooLarge()
    {
        // act
        var (status, body) = await PostAnonymouslyAsync("{ __typename } #" + new string('x', 10_000_000));

        // assert
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal(["REQUEST_TOO_LARGE"], body.ErrorCodes());
    }

    [Fact]
    public async Task AChunkedBodyOverTheLimit_Should_Get_413_RequestTooLarge()
    {
        // arrange: a stream has no length to check up front, so the limit applies while reading
        using var client = factory.CreateClient();
        var json = Encoding.UTF8.GetBytes("""{"query":"{ __typename }","variables":{"x":" """ + new string('x', 2_000_000) + "\"}}");
        using var content = new StreamContent(new MemoryStream(json));
        content.Headers.ContentType = new("application/json");

        // act
        using var response = await client.PostAsync("/graphql", content);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        // assert
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(["REQUEST_TOO_LARGE"], body.ErrorCodes());
    }

    [Fact]
    public async Task ADocumentNestedPastTheParsersLimit_Should_Get_400_MaxDepth()
    {
        // act
        var (status, body) = await PostAnonymouslyAsync(
            "{ " + string.Concat(Enumerable.Repeat("a { ", 300)) + "b" + string.Concat(Enumerable.Repeat(" }", 300)) + " }");

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["MAX_DEPTH"], body.ErrorCodes());
    }

    [Fact]
    public async Task ASubscription_Should_Get_400_OperationNotSupported()
    {
        // act
        var (status, body) = await PostAnonymouslyAsync("subscription { cases { totalCount } }");

        // assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["OPERATION_NOT_SUPPORTED"], body.ErrorCodes());
    }

    [Fact]
    public async Task AnInFilterWithMoreThan100Values_Should_Fail_WithValidation()
    {
        // arrange
        var numbers = Enumerable.Range(1, 101).Select(i => $"PT-2026-{i:0000}").ToArray();

        // act
        var response = await factory.AskAsync("taopu.officer", """
            query Cases($numbers: [String]) { cases(where: { number: { in: $numbers } }) { totalCount } }
            """, new { numbers });

        // assert
        Assert.Equal(["VALIDATION"], response.ErrorCodes());
        Assert.Contains("at most 100 values", response.ToJsonString());
        AssertNoInternals(response.ToJsonString());
    }

    [Fact]
    public async Task MalformedRequests_Should_Get_Coded4xx_InProductionToo()
    {
        // arrange
        using var production = PlatformFactory.ForEnvironment("Production");
        using var client = production.CreateClient();
        string[] queries =
        [
            DoublingFragments(30),
            "{ " + string.Concat(Enumerable.Repeat("a { ", 300)) + "b" + string.Concat(Enumerable.Repeat(" }", 300)) + " }",
            "subscription { cases { totalCount } }",
            "{ __typename } #" + new string('x', 2_000_000),
        ];

        foreach (var query in queries)
        {
            // act
            using var response = await client.PostAsJsonAsync("/graphql", new { query });
            var text = await response.Content.ReadAsStringAsync();

            // assert
            Assert.InRange((int)response.StatusCode, 400, 499);
            Assert.NotEmpty(JsonNode.Parse(text)!.AsObject().ErrorCodes());
            AssertNoInternals(text);
        }
    }

    private async Task<(HttpStatusCode Status, JsonObject Body)> PostAnonymouslyAsync(string query)
    {
        using var client = factory.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        var text = await response.Content.ReadAsStringAsync();
        AssertNoInternals(text);
        return (response.StatusCode, JsonNode.Parse(text)!.AsObject());
    }

    private static void AssertNoInternals(string body)
    {
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain(".cs:line", body);
        Assert.DoesNotContain("INTERNAL_ERROR", body);
    }
}

using System.Net;
using Platform.Api.GraphQL.Common.Errors;
using Platform.Api.Tests.Support;

namespace Platform.Api.Tests.GraphQL.Common.Limits;

public sealed class QueryLimitsTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary><c>{ node { child { … { name } … } } }</c>, nested <paramref name="depth"/> selection sets deep.</summary>
    private static string NestedQuery(int depth) =>
        "{ node { " + string.Concat(Enumerable.Repeat("child { ", depth - 2)) + "name" + new string('}', depth - 1).Replace("}", " }") + " }";

    [Fact]
    public async Task QueryAtTheDefaultDepthLimit_Should_Execute()
    {
        // arrange
        var query = NestedQuery(12);

        // act
        var response = await _host.PostAsync(query);

        // assert
        var body = await response.ReadJsonAsync();
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
    }

    [Fact]
    public async Task TooDeepQuery_Should_BeRejectedWithMaxDepth_OnTheFirstAndTheSecondSubmission()
    {
        // arrange
        var query = NestedQuery(13);

        // act
        var first = await _host.PostAsync(query, accept: "application/graphql-response+json");
        var second = await _host.PostAsync(query, accept: "application/graphql-response+json");

        // assert
        foreach (var response in new[] { first, second })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var body = await response.ReadJsonAsync();
            Assert.Equal(PlatformErrors.MaxDepth, body.ErrorCode());
            Assert.Contains("maximum depth is 12", body.FirstError().GetProperty("message").GetString());
            Assert.False(body.TryGetProperty("data", out _));
        }
    }

    [Fact]
    public async Task TooComplexQuery_Should_BeRejectedWithMaxComplexity_StatingTheLimit()
    {
        // arrange
        const string query = """
            { nodes(first: 100) { children(first: 100) { name } } }
            """;

        // act
        var response = await _host.PostAsync(query);

        // assert
        var body = await response.ReadJsonAsync();
        Assert.Equal(PlatformErrors.MaxComplexity, body.ErrorCode());
        Assert.Contains("maximum complexity is 10000", body.FirstError().GetProperty("message").GetString());
    }

    [Fact]
    public async Task CachedDocument_Should_StillBeCheckedForComplexity_WithTheNewVariables()
    {
        // arrange
        const string query = """
            query Nodes($first: Int) { nodes(first: $first) { children(first: $first) { name } } }
            """;
        var small = await _host.PostAsync(query, new { first = 2 });

        // act
        var large = await _host.PostAsync(query, new { first = 100 });

        // assert
        Assert.False((await small.ReadJsonAsync()).TryGetProperty("errors", out _));
        Assert.Equal(PlatformErrors.MaxComplexity, (await large.ReadJsonAsync()).ErrorCode());
    }

    [Fact]
    public async Task Limits_Should_BeReadFromTheGraphQLConfigurationSection()
    {
        // arrange
        await using var host = await GraphQLTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:MaxDepth"] = "3",
            ["GraphQL:MaxComplexity"] = "10",
        });

        // act
        var tooDeep = await host.PostAsync(NestedQuery(4));
        var tooComplex = await host.PostAsync("{ nodes(first: 11) { id } }");

        // assert
        var deepBody = await tooDeep.ReadJsonAsync();
        Assert.Equal(PlatformErrors.MaxDepth, deepBody.ErrorCode());
        Assert.Contains("maximum depth is 3", deepBody.FirstError().GetProperty("message").GetString());
        Assert.Equal(PlatformErrors.MaxComplexity, (await tooComplex.ReadJsonAsync()).ErrorCode());
    }

    [Fact]
    public async Task DoublingFragments_Should_BeMeasuredOncePerFragment_AndRefused()
    {
        // arrange: F40 expands to 2^40 fields; measured by expanding it, this test would never end
        var fragments = string.Concat(Enumerable.Range(1, 40).Select(i => $"fragment F{i} on Query {{ ...F{i - 1} ...F{i - 1} }} "));
        var query = "{ ...F40 } fragment F0 on Query { hello } " + fragments;

        // act
        var response = await _host.PostAsync(query);

        // assert
        var body = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(PlatformErrors.MaxComplexity, body.ErrorCode());
    }

    [Fact]
    public async Task ManyInvalidFields_Should_Return_AtMost100Errors_AndSayHowManyWereLeftOut()
    {
        // arrange
        var query = "{ " + string.Concat(Enumerable.Range(1, 150).Select(i => $"unknown{i} ")) + "}";

        // act
        var response = await _host.PostAsync(query);

        // assert
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.Equal(101, errors.GetArrayLength());
        Assert.Equal("TOO_MANY_ERRORS", errors[100].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("50 more errors", errors[100].GetProperty("message").GetString());
    }

    [Fact]
    public async Task IntrospectionListsNestedThreeDeep_Should_BeRejectedWithMaxDepth()
    {
        // arrange
        const string query = """
            { __schema { types { fields { type { fields { type { fields { name } } } } } } } }
            """;

        // act
        var response = await _host.PostAsync(query);

        // assert
        Assert.Equal(PlatformErrors.MaxDepth, (await response.ReadJsonAsync()).ErrorCode());
    }

    [Fact]
    public async Task IntrospectionOfTypeChains_Should_NotCountTowardsTheDepthLimit()
    {
        // arrange: 20 levels of ofType, past MaxDepth 12 if they counted
        var query = "{ __type(name: \"TestNode\") { name " + string.Concat(Enumerable.Repeat("ofType { name ", 20)) + new string('}', 20) + " } }";

        // act
        var response = await _host.PostAsync(query);

        // assert
        var body = await response.ReadJsonAsync();
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
    }
}

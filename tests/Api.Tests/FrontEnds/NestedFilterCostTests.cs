using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.FrontEnds;

/// <summary>Nested object and list filters and nested sorts count in the operation's cost (5 each by default) and nest at most 3 deep.</summary>
[Collection(SharedPlatform.Name)]
public sealed class NestedFilterCostTests(PlatformFactory factory)
{
    private const string Plain = "{ cases { totalCount } }";

    [Theory]
    [InlineData("""{ cases(where: { handlingUnit: { path: { startsWith: "/sh/putuo/" } } }) { totalCount } }""", 5)]
    [InlineData("""{ cases(where: { events: { some: { kind: { eq: ESCALATED } } } }) { totalCount } }""", 5)]
    [InlineData("""{ cases(where: { or: [{ ownerUnit: { depth: { eq: 2 } } }, { handlingUnit: { depth: { eq: 2 } } }] }) { totalCount } }""", 10)]
    [InlineData("""{ cases(where: { events: { some: { case: { handlingUnit: { name: { eq: "普陀区" } } } } } }) { totalCount } }""", 15)]
    [InlineData("""{ cases(order: [{ handlingUnit: { name: ASC } }, { ownerUnit: { name: DESC } }]) { totalCount } }""", 10)]
    public async Task NestedFiltersAndSorts_Should_AddTheirCost(string query, int added)
    {
        // act
        var plain = await CostAsync(Plain, null);
        var nested = await CostAsync(query, null);

        // assert
        Assert.Equal(plain + added, nested);
    }

    [Fact]
    public async Task ANestedFilterInAVariable_Should_CostAsTheSameLiteral()
    {
        // act
        var literal = await CostAsync("""{ cases(where: { events: { some: { kind: { eq: ESCALATED } } } }) { totalCount } }""", null);
        var variable = await CostAsync("query Q($w: CaseFilterInput) { cases(where: $w) { totalCount } }",
            new { w = new { events = new { some = new { kind = new { eq = "ESCALATED" } } } } });

        // assert
        Assert.Equal(literal, variable);
    }

    [Fact]
    public async Task AFilterInAVariable_NestedDeeperThanTheLimit_Should_BeRefused_WithMaxDepth()
    {
        // arrange
        var where = new { events = new { some = new { @case = new { handlingUnit = new { parent = new { name = new { eq = "上海市" } } } } } } };

        // act
        var response = await factory.AskAsync("putuo.officer", "query Q($w: CaseFilterInput) { cases(where: $w) { totalCount } }", new { w = where });

        // assert
        Assert.Equal(["MAX_DEPTH"], response.ErrorCodes());
        Assert.Null(response["data"]);
    }

    private async Task<int> CostAsync(string query, object? variables)
    {
        using var client = factory.CreateClient(await factory.TokenAsync("putuo.officer"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Add("GraphQL-Cost", "report");
        using var response = await client.SendAsync(request);
        var body = (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(body["errors"] is null, body["errors"]?.ToJsonString());
        return body["extensions"]!["operationCost"].Int("fieldCost");
    }
}

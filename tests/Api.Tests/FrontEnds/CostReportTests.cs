using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.FrontEnds;

/// <summary>Issue 11, acceptance 4: <c>GraphQL-Cost: report</c> puts the operation's cost and the limit in <c>extensions</c>.</summary>
[Collection(SharedPlatform.Name)]
public sealed class CostReportTests(PlatformFactory factory)
{
    private const string FullPage = """
        {
          cases(first: 100) {
            totalCount
            nodes {
              id number title description category channel receptionForm status headcount
              firstReceiverName registeredAt acceptDueAt resolveDueAt dueAt overdue version
              ownerUnit { id name path }
              handlingUnit { id name path }
              petitioners { name phone }
              events(first: 3) { totalCount nodes { id kind occurredAt actorName } }
            }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    [Fact]
    public async Task AFullPageOfCases_Should_ReportItsCostAndTheLimit_WhenAsked()
    {
        // arrange
        using var client = factory.CreateClient(await factory.TokenAsync("putuo.officer"));

        // act
        var response = await PostAsync(client, FullPage, report: "report");

        // assert
        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        Assert.NotEmpty(response["data"]!["cases"]!["nodes"]!.AsArray());
        var cost = response["extensions"]!["operationCost"]!;
        Assert.InRange(cost.Int("fieldCost"), 6_500, 7_500); // 6,915 with the default weights
        Assert.Equal(10_000, cost.Int("maxFieldCost"));
    }

    [Fact]
    public async Task ARequestWithoutTheHeader_Should_CarryNoCost()
    {
        // arrange
        using var client = factory.CreateClient(await factory.TokenAsync("putuo.officer"));

        // act
        var response = await PostAsync(client, "{ viewer { unit { name } } }", report: null);

        // assert
        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        Assert.Null(response["extensions"]);
    }

    [Fact]
    public async Task AnOperationRefusedForItsCost_Should_StillReportTheCost()
    {
        // arrange
        using var client = factory.CreateClient(await factory.TokenAsync("putuo.officer"));

        // act
        var response = await PostAsync(client, "{ cases(first: 100) { nodes { events(first: 100) { nodes { kind } } } } }", report: "REPORT");

        // assert
        Assert.Equal(["MAX_COMPLEXITY"], response.ErrorCodes());
        Assert.True(response["extensions"]!["operationCost"]!.Int("fieldCost") > 10_000);
    }

    private static async Task<JsonObject> PostAsync(HttpClient client, string query, string? report)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        if (report is not null)
            request.Headers.Add("GraphQL-Cost", report);

        using var response = await client.SendAsync(request);
        return (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}

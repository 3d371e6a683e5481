using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Campaigns;

/// <summary>The campaign mutations as the tests call them, with one token per caller.</summary>
public sealed class CampaignCalls(PlatformFactory factory)
{
    public const string Client = "demo-integration";

    private readonly Dictionary<string, string> tokens = [];

    public async Task<JsonObject> AsAsync(string caller, string query, object? variables = null)
    {
        if (!tokens.TryGetValue(caller, out var token))
        {
            token = caller == Client ? await factory.GetClientTokenAsync() : await factory.GetTokenAsync(caller);
            tokens[caller] = token;
        }

        using var client = factory.CreateClient(token);
        return await client.PostGraphQLAsync(query, variables);
    }

    /// <summary>Runs a mutation and returns its payload, failing on top-level errors.</summary>
    public async Task<JsonObject> MutateAsync(string caller, string field, object input, string selection)
    {
        var typeName = char.ToUpperInvariant(field[0]) + field[1..];
        var query = $$"""
            mutation M($input: {{typeName}}Input!) {
              {{field}}(input: $input) { {{selection}} errors { __typename ... on Error { code message } ... on ValidationError { field } ... on InvalidTransitionError { currentStatus } } }
            }
            """;
        var response = await AsAsync(caller, query, new { input });
        Assert.True(response["errors"] is null, response.ToJsonString());
        return response["data"]![field]!.AsObject();
    }

    public Task<JsonObject> CampaignMutationAsync(string caller, string field, object input) =>
        MutateAsync(caller, field, input, "campaign { id status version answersPublished summary }");

    public Task<JsonObject> SuggestionMutationAsync(string caller, string field, object input) =>
        MutateAsync(caller, field, input, "suggestion { id status response version implementationProgress case { number title status headcount channel category petitioners { name } } }");

    public static IReadOnlyList<string?> Codes(JsonObject payload) =>
        payload["errors"]?.AsArray().Select(e => e?["code"]?.GetValue<string>()).ToList() ?? [];

    public async Task<JsonObject> CreateOpenCampaignAsync(string caller, DateTime now)
    {
        var created = await CampaignMutationAsync(caller, "createCampaign", new
        {
            title = "桃浦镇2023年城市建设人民建议征集（第二期）",
            description = "口袋公园、桥下空间、边角空白墙、临时停车",
            opensAt = now,
            closesAt = now.AddDays(30),
        });
        var campaign = created["campaign"]!.AsObject();
        var opened = await CampaignMutationAsync(caller, "openCampaign", new { campaignId = Id(campaign), version = Version(campaign) });
        return opened["campaign"]!.AsObject();
    }

    public async Task<JsonObject> SubmitAsync(string caller, string campaignId, string content, string? topic = null, string channel = "ONLINE", string? name = null, string? phone = null) =>
        await SuggestionMutationAsync(caller, "submitSuggestion", new { campaignId, content, topic, channel, submitterName = name, submitterPhone = phone });

    public static string Id(JsonNode? node) => node!["id"]!.GetValue<string>();

    public static int Version(JsonNode? node) => node!["version"]!.GetValue<int>();
}

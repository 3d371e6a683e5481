using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Campaigns;

/// <summary>The campaign and suggestion mutations as the tests call them.</summary>
public sealed class CampaignCalls(PlatformFactory factory)
{
    public const string Client = GraphQLClient.Integration;

    public Task<JsonObject> AsAsync(string caller, string query, object? variables = null) => factory.AskAsync(caller, query, variables);

    /// <summary>Runs a mutation and returns its payload, failing on top-level errors.</summary>
    public async Task<JsonObject> MutateAsync(string caller, string field, object input, string selection) =>
        (await factory.PayloadAsync(caller, field, input, selection)).AsObject();

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
        var opened = await CampaignMutationAsync(caller, "openCampaign", new { campaignId = campaign.Id(), version = campaign.Version() });
        return opened["campaign"]!.AsObject();
    }

    public async Task<JsonObject> SubmitAsync(string caller, string campaignId, string content, string? topic = null, string channel = "ONLINE", string? name = null, string? phone = null) =>
        await SuggestionMutationAsync(caller, "submitSuggestion", new { campaignId, content, topic, channel, submitterName = name, submitterPhone = phone });
}

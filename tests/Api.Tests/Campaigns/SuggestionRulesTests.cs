using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Campaigns;

/// <summary>Validation, permissions and conversion to a case for the campaign and suggestion mutations.</summary>
public sealed class SuggestionRulesTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Officer = "taopu.officer";

    private const string State = """
        query S($campaign: ID!, $suggestion: ID!) {
          campaign: node(id: $campaign) { ... on Campaign { status version summary suggestionCount history { kind } } }
          suggestion: node(id: $suggestion) { ... on Suggestion { status response version implementationProgress history { kind } } }
        }
        """;

    private readonly CampaignCalls calls = new(factory);

    [Fact]
    public async Task InvalidInput_Should_ReturnValidationErrors_AndChangeNothing()
    {
        // arrange: an open campaign with one adopted suggestion
        var campaign = await calls.CreateOpenCampaignAsync(Officer, TestClock.Start);
        var campaignId = campaign.Id();
        var submitted = await calls.SubmitAsync(Officer, campaignId, "临时停车位", "临时停车");
        var suggestionId = submitted["suggestion"].Id();
        await calls.SuggestionMutationAsync(Officer, "answerSuggestion", new { suggestionId, version = 1, status = "ADOPTED", response = "采纳" });
        var before = await StateAsync(campaignId, suggestionId);
        var version = campaign.Version();

        // act
        var attempts = new (string Field, object Input, string Expected)[]
        {
            ("createCampaign", new { title = " ", opensAt = TestClock.Start, closesAt = TestClock.Start.AddDays(1) }, "title"),
            ("createCampaign", new { title = "x", opensAt = TestClock.Start, closesAt = TestClock.Start }, "closesAt"),
            ("createCampaign", new { title = "x", opensAt = TestClock.Start, closesAt = TestClock.Start.AddDays(1), unitId = "VW5pdDo5OTk5" }, "unitId"),
            ("concludeCampaign", new { campaignId, version, summary = "  " }, "summary"),
            ("submitSuggestion", new { campaignId, content = "", channel = "ONLINE" }, "content"),
            ("submitSuggestion", new { campaignId, content = new string('建', 10_001), channel = "ONLINE" }, "content"),
            ("answerSuggestion", new { suggestionId, version = 2, status = "NOT_ADOPTED" }, "response"),
            ("answerSuggestion", new { suggestionId, version = 2, status = "SUBMITTED", response = "x" }, "status"),
            ("recordImplementation", new { suggestionId, version = 2, progress = 101 }, "progress"),
            ("recordImplementation", new { suggestionId, version = 2, progress = -1 }, "progress"),
            ("convertSuggestionToCase", new { suggestionId, version = 2, category = "URBAN_CONSTRUCTION", unitId = "VW5pdDo5OTk5" }, "unitId"),
        };
        var results = new List<JsonObject>();
        foreach (var (field, input, _) in attempts)
        {
            results.Add(await calls.MutateAsync(Officer, field, input, ""));
        }

        // assert
        for (var i = 0; i < attempts.Length; i++)
        {
            Assert.Equal("VALIDATION", results[i]["errors"]![0]!["code"]!.GetValue<string>());
            Assert.Equal(attempts[i].Expected, results[i]["errors"]![0]!["field"]!.GetValue<string>());
        }

        Assert.Equal(before.ToJsonString(), (await StateAsync(campaignId, suggestionId)).ToJsonString());
        var campaigns = await calls.AsAsync(Officer, """{ campaigns(where: { title: { eq: "x" } }) { totalCount } }""");
        Assert.Equal(0, campaigns["data"]!["campaigns"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task ViewerAndCommittee_Should_BeRefused_WhatTheirRolesDoNotAllow()
    {
        // arrange: the seeded 桃浦 campaign is open
        var campaign = await SeededTaopuCampaignAsync();
        var campaignId = campaign.Id();
        var submitted = await calls.SubmitAsync(Officer, campaignId, "边角空白墙做墙绘");
        var suggestionId = submitted["suggestion"].Id();

        // act
        var viewerSubmits = await calls.SubmitAsync("putuo.viewer", campaignId, "x");
        var proxySubmits = await calls.SubmitAsync("ziteng.proxy", campaignId, "紫藤苑旁边设临时停车");
        var proxyCreates = await calls.CampaignMutationAsync("loupu.proxy", "createCampaign", new { title = "楼浦村征集", opensAt = TestClock.Start, closesAt = TestClock.Start.AddDays(5) });
        var proxyConcludes = await calls.CampaignMutationAsync("loupu.proxy", "concludeCampaign", new { campaignId, version = campaign.Version(), summary = "x" });
        var proxyAnswers = await calls.SuggestionMutationAsync("loupu.proxy", "answerSuggestion", new { suggestionId, version = 1, status = "ADOPTED", response = "x" });
        var otherDistrict = await calls.CampaignMutationAsync("yangpu.officer", "closeCampaign", new { campaignId, version = campaign.Version() });
        var clientOpens = await calls.CampaignMutationAsync(CampaignCalls.Client, "closeCampaign", new { campaignId, version = campaign.Version() });

        // assert
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], CampaignCalls.Codes(viewerSubmits));
        Assert.True(proxySubmits["errors"] is null, proxySubmits.ToJsonString());
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], CampaignCalls.Codes(proxyCreates));
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], CampaignCalls.Codes(proxyConcludes));
        Assert.Equal(["NOT_FOUND"], CampaignCalls.Codes(proxyAnswers));
        Assert.Equal(["NOT_FOUND"], CampaignCalls.Codes(otherDistrict));
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], CampaignCalls.Codes(clientOpens));
        var after = await SeededTaopuCampaignAsync();
        Assert.Equal("OPEN", after["status"]!.GetValue<string>());
        Assert.Equal(campaign.Version(), after.Version());
    }

    [Fact]
    public async Task WrongStatesAndStaleVersions_Should_BeRefused()
    {
        // arrange: a fresh DRAFT campaign
        var created = await calls.CampaignMutationAsync(Officer, "createCampaign", new { title = "草稿征集", opensAt = TestClock.Start, closesAt = TestClock.Start.AddDays(5) });
        var campaignId = created["campaign"].Id();

        // act
        var submitToDraft = await calls.SubmitAsync(Officer, campaignId, "x");
        var closeDraft = await calls.CampaignMutationAsync(Officer, "closeCampaign", new { campaignId, version = 1 });
        var concludeDraft = await calls.CampaignMutationAsync(Officer, "concludeCampaign", new { campaignId, version = 1, summary = "x" });
        var stale = await calls.CampaignMutationAsync(Officer, "openCampaign", new { campaignId, version = 7 });

        // assert
        Assert.Equal(["INVALID_TRANSITION"], CampaignCalls.Codes(submitToDraft));
        Assert.Equal(["INVALID_TRANSITION"], CampaignCalls.Codes(closeDraft));
        Assert.Equal("DRAFT", closeDraft["errors"]![0]!["currentStatus"]!.GetValue<string>());
        Assert.Equal(["INVALID_TRANSITION"], CampaignCalls.Codes(concludeDraft));
        Assert.Equal(["CONCURRENCY_CONFLICT"], CampaignCalls.Codes(stale));
    }

    [Fact]
    public async Task ConvertingASuggestion_Should_RegisterACase_ForItsSubmitter_Once()
    {
        // arrange
        var campaign = await SeededTaopuCampaignAsync();
        var submitted = await calls.SubmitAsync(Officer, campaign.Id(), "桥下空间长期堆放杂物，存在消防隐患，建议清理。", "桥下空间", "VISIT", "李建国", "13900001111");
        var suggestionId = submitted["suggestion"].Id();

        // act
        var converted = await calls.SuggestionMutationAsync(Officer, "convertSuggestionToCase", new { suggestionId, version = 1, category = "URBAN_CONSTRUCTION" });
        var again = await calls.SuggestionMutationAsync(Officer, "convertSuggestionToCase", new { suggestionId, version = 2, category = "URBAN_CONSTRUCTION" });

        // assert
        Assert.True(converted["errors"] is null, converted.ToJsonString());
        var @case = converted["suggestion"]!["case"]!;
        Assert.StartsWith("PT-", @case["number"]!.GetValue<string>());
        Assert.Equal("桥下空间", @case["title"]!.GetValue<string>());
        Assert.Equal("REGISTERED", @case["status"]!.GetValue<string>());
        Assert.Equal(1, @case["headcount"]!.GetValue<int>());
        Assert.Equal("ONLINE", @case["channel"]!.GetValue<string>());
        Assert.Equal("URBAN_CONSTRUCTION", @case["category"]!.GetValue<string>());
        Assert.Equal("李建国", @case["petitioners"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(2, converted["suggestion"].Version());
        Assert.Equal(["INVALID_TRANSITION"], CampaignCalls.Codes(again));
        var state = await StateAsync(campaign.Id(), suggestionId);
        Assert.Contains(state["suggestion"]!["history"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "SUGGESTION_CONVERTED");
    }

    private async Task<JsonObject> SeededTaopuCampaignAsync()
    {
        var response = await calls.AsAsync(Officer, """{ campaigns(where: { title: { startsWith: "桃浦镇城市建设" } }) { nodes { id status version } } }""");
        return response["data"]!["campaigns"]!["nodes"]![0]!.AsObject();
    }

    private async Task<JsonObject> StateAsync(string campaign, string suggestion)
    {
        var response = await calls.AsAsync(Officer, State, new { campaign, suggestion });
        Assert.True(response["errors"] is null, response.ToJsonString());
        return response["data"]!.AsObject();
    }
}

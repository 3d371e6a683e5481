using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Campaigns;

/// <summary>Acceptance 2: a 桃浦 campaign from creation to conclusion, with staff, a committee proxy and an integration client.</summary>
public sealed class CampaignFlowTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Officer = "taopu.officer";
    private const string Proxy = "loupu.proxy";
    private const string Client = CampaignCalls.Client;

    private const string CampaignQuery = """
        query C($id: ID!) {
          node(id: $id) {
            ... on Campaign {
              status version answersPublished suggestionCount adoptionRate
              countsByStatus { status count }
              history { kind }
              suggestions(first: 100, order: [{ submittedAt: ASC }]) {
                totalCount
                nodes { id content status response answeredAt implementationProgress version history { kind } }
              }
            }
          }
        }
        """;

    private readonly CampaignCalls calls = new(factory);

    [Fact]
    public async Task Campaign_Should_Run_FromDraftToConcluded_WithAnswersHiddenFromTheClientUntilPublished()
    {
        // arrange: taopu.officer creates a campaign; a committee proxy may not open it
        var created = await calls.CampaignMutationAsync(Officer, "createCampaign", new
        {
            title = "桃浦镇2023年城市建设人民建议征集（第二期）",
            opensAt = TestClock.Start,
            closesAt = TestClock.Start.AddDays(30),
        });
        var draft = created["campaign"]!;
        Assert.Equal("DRAFT", draft["status"]!.GetValue<string>());
        var campaignId = draft.Id();
        var refused = await calls.CampaignMutationAsync(Proxy, "openCampaign", new { campaignId, version = draft.Version() });
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], CampaignCalls.Codes(refused));
        var open = (await calls.CampaignMutationAsync(Officer, "openCampaign", new { campaignId, version = draft.Version() }))["campaign"]!;
        Assert.Equal("OPEN", open["status"]!.GetValue<string>());

        // act: 30 suggestions — 12 by the township officer, 8 by a committee proxy, 10 by the integration client
        var channels = new[] { "ONLINE", "QUESTIONNAIRE", "FORUM", "SURVEY", "VISIT" };
        for (var i = 0; i < 30; i++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
            var caller = i < 12 ? Officer : i < 20 ? Proxy : Client;
            var payload = await calls.SubmitAsync(caller, campaignId, $"建议{i:D2}：在桥下空间设置口袋公园", "口袋公园", channels[i % 5], "王小明", "13812345678");
            Assert.True(payload["errors"] is null, payload.ToJsonString());

            // The suggestion belongs to 桃浦: the committee that passed it on cannot read it back.
            Assert.Equal(caller == Proxy, payload["suggestion"] is null);
        }

        var ids = await SuggestionIdsAsync(campaignId);
        Assert.Equal(30, ids.Count);
        var adopted = new[] { ids[0], ids[25] };
        foreach (var (id, status) in new[] { (adopted[0], "ADOPTED"), (adopted[1], "ADOPTED"), (ids[1], "NOT_ADOPTED"), (ids[13], "NOT_ADOPTED"), (ids[21], "NOT_ADOPTED"), (ids[2], "UNDER_REVIEW") })
        {
            var answered = await calls.SuggestionMutationAsync(Officer, "answerSuggestion", new { suggestionId = id, version = 1, status, response = status == "UNDER_REVIEW" ? null : $"答复：{status}" });
            Assert.Equal(status, answered["suggestion"]!["status"]!.GetValue<string>());
        }

        foreach (var (id, progress) in new[] { (adopted[0], 60), (adopted[1], 100) })
        {
            var recorded = await calls.SuggestionMutationAsync(Officer, "recordImplementation", new { suggestionId = id, version = 2, progress, note = "施工中" });
            Assert.Equal(progress, recorded["suggestion"]!["implementationProgress"]!.GetValue<int>());
        }

        var notAdopted = await calls.SuggestionMutationAsync(Officer, "recordImplementation", new { suggestionId = ids[1], version = 2, progress = 10 });
        Assert.Equal(["INVALID_TRANSITION"], CampaignCalls.Codes(notAdopted));

        // assert: the officer sees the answers, the client does not yet, the committee sees the campaign but none of its suggestions
        var internalView = await CampaignAsync(Officer, campaignId);
        Assert.Equal(30, internalView["suggestionCount"]!.GetValue<int>());
        Assert.Equal(0.4, internalView["adoptionRate"]!.GetValue<double>(), 6);
        Assert.Equal(new Dictionary<string, int> { ["SUBMITTED"] = 24, ["UNDER_REVIEW"] = 1, ["ADOPTED"] = 2, ["NOT_ADOPTED"] = 3 }, Counts(internalView));
        var first = Suggestion(internalView, adopted[0]);
        Assert.Equal("ADOPTED", first["status"]!.GetValue<string>());
        Assert.Equal(60, first["implementationProgress"]!.GetValue<int>());

        var clientView = await CampaignAsync(Client, campaignId);
        Assert.Equal(30, clientView["suggestionCount"]!.GetValue<int>());
        Assert.Null(clientView["adoptionRate"]);
        Assert.Equal(new Dictionary<string, int> { ["SUBMITTED"] = 24, ["UNDER_REVIEW"] = 6 }, Counts(clientView));
        foreach (var suggestion in clientView["suggestions"]!["nodes"]!.AsArray())
        {
            Assert.Contains(suggestion!["status"]!.GetValue<string>(), new[] { "SUBMITTED", "UNDER_REVIEW" });
            Assert.Null(suggestion["response"]);
            Assert.Null(suggestion["answeredAt"]);
            Assert.Null(suggestion["implementationProgress"]);
            Assert.DoesNotContain(suggestion["history"]!.AsArray(), e => e!["kind"]!.GetValue<string>() != "SUGGESTION_SUBMITTED");
        }

        var committeeView = await CampaignAsync(Proxy, campaignId);
        Assert.Equal("OPEN", committeeView["status"]!.GetValue<string>());
        Assert.Equal(0, committeeView["suggestionCount"]!.GetValue<int>());

        // act: close (not by the committee), refuse a late submission, publish, conclude
        var version = internalView.Version();
        Assert.Equal(["AUTH_NOT_AUTHORIZED"], CampaignCalls.Codes(await calls.CampaignMutationAsync(Proxy, "closeCampaign", new { campaignId, version })));
        var closed = await calls.CampaignMutationAsync(Officer, "closeCampaign", new { campaignId, version });
        Assert.Equal("CLOSED", closed["campaign"]!["status"]!.GetValue<string>());
        var late = await calls.SubmitAsync(Client, campaignId, "迟到的建议");
        Assert.Equal(["INVALID_TRANSITION"], CampaignCalls.Codes(late));
        Assert.Equal("CLOSED", late["errors"]![0]!["currentStatus"]!.GetValue<string>());
        Assert.Null(late["suggestion"]);

        var published = await calls.CampaignMutationAsync(Officer, "publishAnswers", new { campaignId, version = version + 1 });
        Assert.True(published["campaign"]!["answersPublished"]!.GetValue<bool>());
        var concluded = await calls.CampaignMutationAsync(Officer, "concludeCampaign", new { campaignId, version = version + 2, summary = "共收到建议30条，采纳2条，已实施。" });
        Assert.Equal("CONCLUDED", concluded["campaign"]!["status"]!.GetValue<string>());

        // assert: after publication the client sees what the officer sees
        var publicView = await CampaignAsync(Client, campaignId);
        Assert.Equal(Counts(internalView), Counts(publicView));
        Assert.Equal(0.4, publicView["adoptionRate"]!.GetValue<double>(), 6);
        Assert.Equal("答复：ADOPTED", Suggestion(publicView, adopted[1])["response"]!.GetValue<string>());
        Assert.Equal(100, Suggestion(publicView, adopted[1])["implementationProgress"]!.GetValue<int>());
        var kinds = publicView["history"]!.AsArray().Select(e => e!["kind"]!.GetValue<string>()).ToList();
        Assert.Equal(
            ["CAMPAIGN_CREATED", "CAMPAIGN_OPENED", "CAMPAIGN_CLOSED", "ANSWERS_PUBLISHED", "CAMPAIGN_CONCLUDED"],
            kinds.Where(k => k.StartsWith("CAMPAIGN_", StringComparison.Ordinal) || k == "ANSWERS_PUBLISHED").ToList());
        Assert.Equal(30, kinds.Count(k => k == "SUGGESTION_SUBMITTED"));
        Assert.Equal(6, kinds.Count(k => k == "SUGGESTION_ANSWERED"));
        Assert.Equal(2, kinds.Count(k => k == "SUGGESTION_IMPLEMENTATION_RECORDED"));
    }

    private async Task<JsonObject> CampaignAsync(string caller, string id)
    {
        var response = await calls.AsAsync(caller, CampaignQuery, new { id });
        Assert.True(response["errors"] is null, response.ToJsonString());
        return response["data"]!["node"]!.AsObject();
    }

    private async Task<List<string>> SuggestionIdsAsync(string campaignId) =>
        (await CampaignAsync(Officer, campaignId))["suggestions"]!["nodes"]!.AsArray().Select(n => n.Id()).ToList();

    private static Dictionary<string, int> Counts(JsonObject campaign) =>
        campaign["countsByStatus"]!.AsArray().ToDictionary(c => c!["status"]!.GetValue<string>(), c => c!["count"]!.GetValue<int>());

    private static JsonNode Suggestion(JsonObject campaign, string id) =>
        campaign["suggestions"]!["nodes"]!.AsArray().Single(s => s.Id() == id)!;
}

using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Tenancy;

/// <summary>
/// The demo data plus three rows that point at rows some of their readers cannot see (issue 9's
/// side doors): a session owned by 楼浦村 for a case of 桃浦镇 itself, a session owned by 楼浦村 in
/// 杨行's workroom, and a case of 紫藤苑 registered from a suggestion to 桃浦's campaign.
/// </summary>
public sealed class HiddenReferencesPlatform : IAsyncLifetime
{
    public const string Loupu = "/sh/putuo/taopu/loupu/";
    public const string Ziteng = "/sh/putuo/taopu/ziteng/";

    public PlatformFactory Factory { get; } = new();

    /// <summary>The 桃浦 case, hidden from 楼浦村.</summary>
    public string TaopuCaseId { get; private set; } = "";

    /// <summary>杨行's workroom, hidden from 楼浦村.</summary>
    public string YanghangWorkroomId { get; private set; } = "";

    /// <summary>The 桃浦 suggestion, hidden from 紫藤苑.</summary>
    public string SuggestionId { get; private set; } = "";

    /// <summary>The 紫藤苑 case registered from <see cref="SuggestionId"/>.</summary>
    public string ConvertedCaseId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var units = await UnitIdsAsync();
        TaopuCaseId = (await EntityAsync("taopu.officer", "registerCase", new
        {
            petitioners = new[] { new { name = "周八", phone = "13900004444" } },
            headcount = 1, channel = "VISIT", receptionForm = "ON_SITE", category = "NEIGHBOUR_DISPUTE",
            title = "镇级受理的邻里漏水纠纷", description = "由镇信访办直接受理。",
        }, "case { id }")).Id();
        await ScheduleAsync("taopu.officer", new { caseId = TaopuCaseId, unitId = units[Loupu] });

        var workrooms = await Factory.AskAsync("sh.officer", """{ workrooms(first: 50) { nodes { id unit { path } } } }""");
        YanghangWorkroomId = workrooms["data"]!["workrooms"]!["nodes"]!.AsArray().First(w => w!["unit"].Str("path") == "/sh/baoshan/yanghang/").Id();
        await ScheduleAsync("sh.officer", new { workroomId = YanghangWorkroomId, unitId = units[Loupu] });

        var campaigns = await Factory.AskAsync("taopu.officer", """{ campaigns(where: { title: { startsWith: "桃浦镇城市建设" } }) { nodes { id } } }""");
        var campaignId = campaigns["data"]!["campaigns"]!["nodes"]![0].Id();
        SuggestionId = (await EntityAsync("taopu.officer", "submitSuggestion",
            new { campaignId, content = "紫藤苑门口的边角地建议改建为口袋公园。", topic = "口袋公园", channel = "VISIT" }, "suggestion { id }")).Id();
        var converted = await EntityAsync("taopu.officer", "convertSuggestionToCase",
            new { suggestionId = SuggestionId, version = 1, category = "URBAN_CONSTRUCTION", unitId = units[Ziteng] }, "suggestion { case { id } }");
        ConvertedCaseId = converted["case"].Id();
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    private async Task<Dictionary<string, string>> UnitIdsAsync()
    {
        var response = await Factory.AskAsync("sh.officer", """{ units(first: 100) { nodes { id path } } }""");
        return response["data"]!["units"]!["nodes"]!.AsArray().ToDictionary(u => u.Str("path"), u => u.Id());
    }

    private async Task ScheduleAsync(string principal, object target)
    {
        var input = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(target))!.AsObject();
        input["kind"] = "PEOPLES";
        input["subject"] = "相邻关系调解";
        input["scheduledAt"] = TestClock.Start.AddDays(2);
        input["place"] = "楼浦村村委会";
        input["parties"] = new JsonArray(new JsonObject { ["name"] = "周八", ["side"] = "申请人" });
        input["mediators"] = new JsonArray(new JsonObject { ["kind"] = "STAFF", ["name"] = "桃浦司法所 陈静" });
        await EntityAsync(principal, "scheduleMediation", input, "session { id }");
    }

    /// <summary>Runs a mutation that must succeed; the object it changed.</summary>
    private async Task<JsonNode> EntityAsync(string principal, string mutation, object input, string entity)
    {
        var payload = await Factory.PayloadAsync(principal, mutation, input, $"entity: {entity}");
        Assert.True(payload["errors"] is null, payload["errors"]?.ToJsonString());
        return payload["entity"]!;
    }
}

using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;
using Platform.Data.Seeding;

namespace Platform.Api.Tests.Cases;

/// <summary>The 紫藤苑 cracked-houses story, told through the API with the demo accounts.</summary>
public sealed class ZitengScenarioTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task CollectivePetition_Should_Travel_FromCommittee_ToDistrict_AndBack_ToClosure()
    {
        // arrange
        var registered = await factory.AskAsync("ziteng.proxy", """
            mutation {
              registerCase(input: {
                petitioners: [{ name: "陈建华", phone: "13761234567", address: "紫藤苑12号楼" }, { name: "周美玲" }],
                headcount: 12, channel: VISIT, receptionForm: ON_SITE, category: HOUSING,
                title: "紫藤苑多幢住宅墙体开裂", description: "周边工地施工后，12户居民房屋出现裂缝，要求鉴定并赔偿。" }) {
                case { id version }
                errors { ... on Error { code message } }
              }
            }
            """);
        var id = registered["data"]!["registerCase"]!["case"]!["id"]!.GetValue<string>();

        // act
        var version = 1;
        version = await StepAsync("taopu.officer", "acceptCase", id, version, "");
        var putuo = await factory.UnitIdAsync("/sh/putuo/");
        version = await StepAsync("taopu.officer", "escalateCase", id, version, $"unitId: \"{putuo}\", reason: \"涉及区级建设工程，需区里协调\"");
        version = await StepAsync("putuo.leader", "assignLeaderOwner", id, version, "");
        version = await StepAsync("putuo.officer", "resolveCase", id, version, "answer: \"已委托第三方鉴定，施工方承担修缮费用\"");
        version = await StepAsync("taopu.officer", "verifyCase", id, version,
            "handledPerNorm: true, measuresImplemented: true, problemSolved: true, citizenSatisfied: true, satisfaction: SATISFIED, method: ON_SITE, note: \"上门回访\"");
        await StepAsync("taopu.officer", "closeCase", id, version, "");

        // assert
        var result = await factory.AskAsync("ziteng.proxy", """
            query Case($id: ID!) {
              case(id: $id) {
                status headcount leaderOwnerName handlingUnit { path }
                events(first: 20) { nodes { kind actorName actorUnit { path } } }
              }
            }
            """, new { id });
        var @case = result["data"]!["case"]!;
        Assert.Equal("CLOSED", @case["status"]!.GetValue<string>());
        Assert.Equal(12, @case["headcount"]!.GetValue<int>());
        Assert.Equal("/sh/putuo/", @case["handlingUnit"]!["path"]!.GetValue<string>());
        Assert.Equal(DemoAccounts.Get("putuo.leader").DisplayName, @case["leaderOwnerName"]!.GetValue<string>());
        var timeline = @case["events"]!["nodes"]!.AsArray()
            .Select(e => (Kind: e!["kind"]!.GetValue<string>(), Actor: e["actorName"]!.GetValue<string>(), Unit: e["actorUnit"]!["path"]!.GetValue<string>()))
            .ToList();
        Assert.Equal(
            [
                ("REGISTERED", Name("ziteng.proxy"), "/sh/putuo/taopu/ziteng/"),
                ("ACCEPTED", Name("taopu.officer"), "/sh/putuo/taopu/"),
                ("ESCALATED", Name("taopu.officer"), "/sh/putuo/taopu/"),
                ("LEADER_OWNER_ASSIGNED", Name("putuo.leader"), "/sh/putuo/"),
                ("RESOLVED", Name("putuo.officer"), "/sh/putuo/"),
                ("VERIFIED", Name("taopu.officer"), "/sh/putuo/taopu/"),
                ("CLOSED", Name("taopu.officer"), "/sh/putuo/taopu/"),
            ],
            timeline);
    }

    private static string Name(string user) => DemoAccounts.Get(user).DisplayName;

    private async Task<int> StepAsync(string user, string mutation, string id, int version, string arguments)
    {
        var separator = arguments.Length > 0 ? ", " : "";
        var response = await factory.AskAsync(user, $$"""
            mutation { {{mutation}}(input: { caseId: "{{id}}", version: {{version}}{{separator}}{{arguments}} }) {
              case { version status }
              errors { ... on Error { code message } }
            } }
            """);
        var payload = response["data"]?[mutation] as JsonObject
            ?? throw new InvalidOperationException($"{mutation} failed: {response.ToJsonString()}");
        Assert.True(payload["errors"] is null, $"{user} {mutation}: {payload["errors"]?.ToJsonString()}");
        return payload["case"]!["version"]!.GetValue<int>();
    }
}

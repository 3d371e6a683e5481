using System.Text.Json.Nodes;
using Platform.Api.Tests.Cases;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Live;

/// <summary>Subscriptions over WebSocket as 楼浦村's proxy and 桃浦's officer see them.</summary>
public sealed class SubscriptionTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string QueueChanged = """
        subscription($kind: CaseQueueKind!) {
          queueChanged(kind: $kind) { kind removedCaseId counts { pendingAcceptance } case { id title handlingUnit { path } } }
        }
        """;

    [Fact]
    public async Task Proxy_Should_HearOfACaseAssignedToItsGrid_AndHearItLeave_WhenEscalatedToTheTownship()
    {
        // arrange
        await using var proxy = await LiveClient.ConnectAsync(factory, "loupu.proxy");
        await proxy.SubscribeAsync("q", QueueChanged, new { kind = "PENDING_ACCEPTANCE" });
        var registered = await factory.RegisterAsync("taopu.officer", "村口积水（网格交办）");
        Assert.Empty(await proxy.DrainAsync(TimeSpan.FromSeconds(1)));

        // act
        var assigned = await factory.SucceedAsync("taopu.officer", "assignCase", new
        {
            caseId = registered.Id(), version = registered.Version(), unitId = await factory.UnitIdAsync("/sh/putuo/taopu/loupu/g1/"), reason = "请网格员核实。",
        });
        var arrived = await NextAsync(proxy, "q");
        await factory.SucceedAsync("loupu.proxy", "escalateCase", new
        {
            caseId = assigned.Id(), version = assigned.Version(), unitId = await factory.UnitIdAsync("/sh/putuo/taopu/"), reason = "需镇里协调。",
        });
        var left = await NextAsync(proxy, "q");

        // assert
        Assert.Equal(registered.Id(), arrived["case"].Id());
        Assert.Equal("/sh/putuo/taopu/loupu/g1/", arrived["case"]!["handlingUnit"].Str("path"));
        Assert.Null(left["case"]);
        Assert.Equal(arrived["counts"]!.Int("pendingAcceptance") - 1, left["counts"]!.Int("pendingAcceptance"));
    }

    [Fact]
    public async Task CaseSubscriptions_Should_DeliverTheCaseAndTheEvent_AfterEachChange()
    {
        // arrange
        var registered = await factory.RegisterAsync("taopu.officer", "菜场噪声扰民（订阅）");
        await using var officer = await LiveClient.ConnectAsync(factory, "taopu.officer");
        await officer.SubscribeAsync("c", "subscription($id: ID!) { caseChanged(id: $id) { id version status } }", new { id = registered.Id() });
        await officer.SubscribeAsync("e", "subscription($id: ID!) { caseEventAdded(caseId: $id) { kind note } }", new { id = registered.Id() });
        await officer.SettledAsync();

        // act
        await factory.SucceedAsync("taopu.officer", "acceptCase", new { caseId = registered.Id(), version = registered.Version() });
        var messages = await officer.DrainAsync(TimeSpan.FromSeconds(3));

        // assert
        var changed = Assert.Single(messages, m => m.Str("id") == "c");
        var added = Assert.Single(messages, m => m.Str("id") == "e");
        Assert.Equal("ACCEPTED", changed["payload"]!["data"]!["caseChanged"].Str("status"));
        Assert.Equal("ACCEPTED", added["payload"]!["data"]!["caseEventAdded"].Str("kind"));
    }

    [Fact]
    public async Task SubscriberInAnotherDistrict_Should_HearNothing_OfACaseItCannotSee()
    {
        // arrange
        var registered = await factory.RegisterAsync("taopu.officer", "楼道堆物（他区订阅）");
        await using var other = await LiveClient.ConnectAsync(factory, "changbai.officer");
        await other.SubscribeAsync("c", "subscription($id: ID!) { caseChanged(id: $id) { id title } }", new { id = registered.Id() });
        await other.SubscribeAsync("q", QueueChanged, new { kind = "IN_PROGRESS" });
        await other.SettledAsync();

        // act
        await factory.SucceedAsync("taopu.officer", "acceptCase", new { caseId = registered.Id(), version = registered.Version() });

        // assert
        Assert.Empty(await other.DrainAsync(TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task Ping_Should_BeAnsweredWithPong_AndAQuery_WithOneResultThenComplete()
    {
        // arrange
        await using var client = await LiveClient.ConnectAsync(factory, "taopu.officer");

        // act
        await client.SendAsync(new { type = "ping" });
        var pong = await client.ReceiveAsync();
        await client.SubscribeAsync("v", "query { viewer { unit { path } } }");
        var next = await client.ReceiveAsync();
        var complete = await client.ReceiveAsync();

        // assert
        Assert.Equal("pong", pong.Str("type"));
        Assert.Equal("/sh/putuo/taopu/", next!["payload"]!["data"]!["viewer"]!["unit"].Str("path"));
        Assert.Equal(("complete", "v"), (complete.Str("type"), complete.Str("id")));
    }

    /// <summary>The next <c>next</c> message of subscription <paramref name="id"/>: its field's data.</summary>
    private static async Task<JsonNode> NextAsync(LiveClient client, string id)
    {
        var message = await client.ReceiveAsync(TimeSpan.FromSeconds(10));
        Assert.NotNull(message);
        Assert.Equal(("next", id), (message.Str("type"), message.Str("id")));
        return message["payload"]!["data"]!.AsObject().Single().Value!;
    }
}

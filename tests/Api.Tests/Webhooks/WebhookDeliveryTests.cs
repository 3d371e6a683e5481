using Platform.Api.Tests.Cases;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Webhooks;

/// <summary>普陀's integration client registers a loopback receiver and hears, signed, of the case events its unit can see.</summary>
public sealed class WebhookDeliveryTests : IAsyncLifetime
{
    private readonly PlatformFactory factory = new PlatformFactory().Polling();
    private WebhookReceiver receiver = null!;

    public async Task InitializeAsync() => receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync()
    {
        await receiver.DisposeAsync();
        factory.Dispose();
    }

    [Fact]
    public async Task CaseEvent_InTheClientsScope_Should_Arrive_Signed_WithADeliveryId()
    {
        // arrange
        var registered = await factory.RegisterHookAsync(GraphQLClient.Integration, receiver.Url, "NOTE_ADDED");
        var secret = registered.Str("secret");
        var @case = await factory.RegisterAsync("taopu.officer", "物流园区通勤（回调）");

        // act
        await factory.SucceedAsync("taopu.officer", "addCaseNote", new { caseId = @case.Id(), version = @case.Version(), note = "已联系园区管理方" });
        var post = Assert.Single(await receiver.WaitForAsync(1));

        // assert
        Assert.StartsWith("whsec_", secret);
        Assert.True(post.IsSignedWith(secret, factory.Clock.UtcNow), post.Signature);
        Assert.False(post.IsSignedWith(secret, factory.Clock.UtcNow, post.Body.Replace("NOTE_ADDED", "CLOSED")), "a tampered body must not verify");
        Assert.False(post.IsSignedWith(secret, factory.Clock.UtcNow + TimeSpan.FromMinutes(6)), "an old timestamp must not verify");
        Assert.Equal("NOTE_ADDED", post.Json.Str("kind"));
        Assert.Equal("NOTE_ADDED", post.Event);
        Assert.Equal(@case.Id(), post.Json["case"].Id());
        Assert.Equal(@case.Str("number"), post.Json["case"].Str("number"));
        Assert.Equal(post.DeliveryId, post.Json.Str("id"));
        Assert.DoesNotContain("已联系园区管理方", post.Body);
        var hook = await factory.HookUntilAsync(GraphQLClient.Integration, registered["webhook"].Id(), h => h.Nodes().Any(d => d.Str("status") == "SUCCEEDED"));
        var delivery = Assert.Single(hook.Nodes());
        Assert.Equal(post.DeliveryId, delivery.Str("deliveryId"));
        Assert.Equal(1, delivery.Int("attempts"));
        Assert.Equal(204, delivery.Int("lastStatusCode"));
    }

    [Fact]
    public async Task CaseEvent_OutsideTheClientsScope_Should_NeverBeDelivered()
    {
        // arrange
        await factory.RegisterHookAsync(GraphQLClient.Integration, receiver.Url, "REGISTERED", "NOTE_ADDED");
        var elsewhere = await factory.RegisterAsync("changbai.officer", "杨浦的欠薪（回调）");
        await factory.SucceedAsync("changbai.officer", "addCaseNote", new { caseId = elsewhere.Id(), version = elsewhere.Version(), note = "杨浦" });

        // act: a later change in scope marks that everything before it has been handled
        var marker = await factory.RegisterAsync("taopu.officer", "普陀的标记（回调）");
        await receiver.WaitForAsync(1);
        await Task.Delay(500);

        // assert
        var post = Assert.Single(receiver.Posts);
        Assert.Equal(marker.Str("number"), post.Json["case"].Str("number"));
        Assert.DoesNotContain(receiver.Posts, p => p.Body.Contains(elsewhere.Str("number"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task EventKind_TheHookDoesNotListenFor_Should_NotBeDelivered()
    {
        // arrange
        await factory.RegisterHookAsync(GraphQLClient.Integration, receiver.Url, "ACCEPTED");
        var @case = await factory.RegisterAsync("taopu.officer", "只听受理（回调）");

        // act
        await factory.AcceptAsync("taopu.officer", @case);
        var posts = await receiver.WaitForAsync(1);
        await Task.Delay(300);

        // assert
        Assert.Equal(["ACCEPTED"], receiver.Posts.Select(p => p.Event));
        Assert.Single(posts);
    }
    [Fact]
    public async Task DisabledClient_Should_HearNothingMore()
    {
        // arrange: a client of 桃浦 with a webhook, then disabled by 普陀's admin
        var units = await factory.AskAsync("putuo.admin", """{ units(where: { path: { eq: "/sh/putuo/taopu/" } }) { nodes { id } } }""");
        var client = await factory.PayloadAsync("putuo.admin", "registerClient", new
        {
            clientId = "taopu-gone", displayName = "桃浦旧系统", confidential = true,
            unitId = units["data"]!["units"]!["nodes"]![0].Id(), scopes = new[] { "platform.read" },
        }, "clientSecret");
        var token = await factory.GetClientTokenAsync("taopu-gone", client.Str("clientSecret"));
        using var gone = factory.CreateClient(token);
        var registered = await gone.PostGraphQLAsync("""
            mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { webhook { id } errors { __typename } } }
            """, new { input = new { url = receiver.Url.ToString(), kinds = new[] { "REGISTERED" } } });
        Assert.NotNull(registered["data"]!["registerWebhook"]!["webhook"]);
        await factory.PayloadAsync("putuo.admin", "disableClient", new { clientId = "taopu-gone" }, "client { disabled }");
        await factory.RegisterHookAsync(GraphQLClient.Integration, receiver.Url, "REGISTERED");

        // act
        var @case = await factory.RegisterAsync("taopu.officer", "停用客户端之后（回调）");
        await receiver.WaitForAsync(1);
        await Task.Delay(500);

        // assert: only 普陀's integration client heard of it
        var post = Assert.Single(receiver.Posts);
        Assert.Equal(@case.Str("number"), post.Json["case"].Str("number"));
    }
}

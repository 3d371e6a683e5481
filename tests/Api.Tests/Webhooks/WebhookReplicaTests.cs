using Platform.Api.Tests.Cases;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Webhooks;

/// <summary>Two replicas on one database: each event reaches the webhook exactly once.</summary>
public sealed class WebhookReplicaTests : IAsyncLifetime
{
    private readonly PlatformFactory first = new PlatformFactory().Polling();
    private PlatformFactory second = null!;
    private WebhookReceiver receiver = null!;

    public async Task InitializeAsync()
    {
        second = PlatformFactory.SharingDatabaseWith(first).Polling();
        receiver = await WebhookReceiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await receiver.DisposeAsync();
        second.Dispose();
        first.Dispose();
    }

    [Fact]
    public async Task TwoReplicas_Should_DeliverEachEvent_ExactlyOnce()
    {
        // arrange: both replicas running, the hook registered through one of them
        var @case = await first.RegisterAsync("taopu.officer", "两副本的回调");
        _ = second.Server;
        await first.RegisterHookAsync(GraphQLClient.Integration, receiver.Url, "NOTE_ADDED");

        // act: changes made through both
        var version = @case.Version();
        for (var i = 0; i < 12; i++)
        {
            var replica = i % 2 == 0 ? first : second;
            version = (await replica.SucceedAsync("taopu.officer", "addCaseNote", new { caseId = @case.Id(), version, note = $"第 {i} 条" })).Version();
        }

        await receiver.WaitForAsync(12, TimeSpan.FromSeconds(30));
        await Task.Delay(1500);

        // assert
        Assert.Equal(12, receiver.Posts.Count);
        Assert.Equal(12, receiver.Posts.Select(p => p.DeliveryId).Distinct().Count());
        Assert.Equal(12, receiver.Posts.Select(p => p.Json.Str("caseEventId")).Distinct().Count());
    }
}

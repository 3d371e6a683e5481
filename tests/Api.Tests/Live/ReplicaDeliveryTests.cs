using Platform.Api.Tests.Cases;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Live;

/// <summary>Acceptance: two replicas on one database deliver each change exactly once to each subscriber.</summary>
public sealed class ReplicaDeliveryTests : IDisposable
{
    private readonly PlatformFactory first = new();
    private readonly PlatformFactory second;

    public ReplicaDeliveryTests() => second = PlatformFactory.SharingDatabaseWith(first);

    public void Dispose()
    {
        second.Dispose();
        first.Dispose();
    }

    [Fact]
    public async Task TwoReplicas_Should_DeliverEachChange_ExactlyOnce_ToEachSubscriber()
    {
        // arrange: one subscriber on each replica, changes made through both
        var registered = await first.RegisterAsync("taopu.officer", "桥下空间利用（两副本）");
        await using var onFirst = await LiveClient.ConnectAsync(first, "taopu.officer");
        await using var onSecond = await LiveClient.ConnectAsync(second, "putuo.officer");
        const string query = "subscription($id: ID!) { caseEventAdded(caseId: $id) { id note } }";
        await onFirst.SubscribeAsync("e", query, new { id = registered.Id() });
        await onSecond.SubscribeAsync("e", query, new { id = registered.Id() });
        await onFirst.SettledAsync();
        await onSecond.SettledAsync();

        // act
        var version = registered.Version();
        for (var i = 0; i < 20; i++)
        {
            var replica = i % 2 == 0 ? first : second;
            var noted = await replica.SucceedAsync("taopu.officer", "addCaseNote", new { caseId = registered.Id(), version, note = $"第 {i} 条" });
            version = noted.Version();
        }

        var heardOnFirst = await onFirst.DrainAsync(TimeSpan.FromSeconds(4));
        var heardOnSecond = await onSecond.DrainAsync(TimeSpan.FromSeconds(1));

        // assert
        var expected = Enumerable.Range(0, 20).Select(i => $"第 {i} 条").ToList();
        Assert.Equal(expected, heardOnFirst.Select(m => m["payload"]!["data"]!["caseEventAdded"].Str("note")));
        Assert.Equal(expected, heardOnSecond.Select(m => m["payload"]!["data"]!["caseEventAdded"].Str("note")));
    }
}

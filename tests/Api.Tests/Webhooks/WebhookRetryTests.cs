using Platform.Api.Tests.Cases;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Webhooks;

/// <summary>A receiver that keeps failing gets its attempts with exponential backoff, then the webhook is disabled.</summary>
public sealed class WebhookRetryTests : IAsyncLifetime
{
    private readonly PlatformFactory factory = new PlatformFactory().Polling()
        .WithSetting("Webhooks:BaseDelay", "00:01:00")
        .WithSetting("Webhooks:MaxAttempts", "3")
        .WithSetting("Webhooks:DisableAfterFailures", "2");

    private WebhookReceiver receiver = null!;

    public async Task InitializeAsync() => receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync()
    {
        await receiver.DisposeAsync();
        factory.Dispose();
    }

    [Fact]
    public async Task FailingReceiver_Should_GetRetries_WithBackoff_ThenTheHookIsDisabled_AndCanBeEnabledAgain()
    {
        // arrange: two deliveries that will fail every attempt
        receiver.Status = 500;
        var registered = await factory.RegisterHookAsync(GraphQLClient.Integration, receiver.Url, "NOTE_ADDED");
        var id = registered["webhook"].Id();
        var @case = await factory.RegisterAsync("taopu.officer", "反复失败的回调");
        var noted = await factory.SucceedAsync("taopu.officer", "addCaseNote", new { caseId = @case.Id(), version = @case.Version(), note = "一" });
        await factory.SucceedAsync("taopu.officer", "addCaseNote", new { caseId = @case.Id(), version = noted.Version(), note = "二" });
        var start = factory.Clock.UtcNow;

        // act + assert: first attempts, then one minute, then two minutes later
        var first = await factory.HookUntilAsync(GraphQLClient.Integration, id, h => h.Nodes().Count == 2 && h.Nodes().All(d => d.Int("attempts") == 1));
        Assert.All(first.Nodes(), d =>
        {
            Assert.Equal("PENDING", d.Str("status"));
            Assert.Equal(500, d.Int("lastStatusCode"));
            Assert.StartsWith("HTTP 500", d.Str("lastError"));
            Assert.Equal(start.AddMinutes(1), DateTime.Parse(d.Str("nextAttemptAt"), null, System.Globalization.DateTimeStyles.AdjustToUniversal));
        });

        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await factory.HookUntilAsync(GraphQLClient.Integration, id, h => h.Nodes().All(d => d.Int("attempts") == 2));
        Assert.All(second.Nodes(), d =>
            Assert.Equal(start.AddMinutes(3), DateTime.Parse(d.Str("nextAttemptAt"), null, System.Globalization.DateTimeStyles.AdjustToUniversal)));

        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        // The hook's row and its deliveries are read by separate statements of one request: the row
        // can be read just before the last attempt's commit and the deliveries just after it, so the
        // wait covers both.
        var failed = await factory.HookUntilAsync(GraphQLClient.Integration, id, h =>
            h.Nodes().All(d => d.Str("status") == "FAILED") && !h["enabled"]!.GetValue<bool>());
        Assert.All(failed.Nodes(), d => Assert.Equal(3, d.Int("attempts")));
        Assert.False(failed["enabled"]!.GetValue<bool>());
        Assert.Equal(2, failed.Int("consecutiveFailures"));
        Assert.Equal(6, receiver.Posts.Count);
        Assert.Equal(2, receiver.Posts.Select(p => p.DeliveryId).Distinct().Count());

        var enabled = await factory.PayloadAsync(GraphQLClient.Integration, "enableWebhook", new { id }, WebhookSteps.Hook);
        Assert.True(enabled["webhook"]!["enabled"]!.GetValue<bool>());
        Assert.Equal(0, enabled["webhook"].Int("consecutiveFailures"));
    }
}

using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Webhooks;

/// <summary>Registering and reading webhooks through HTTP as a client.</summary>
public static class WebhookSteps
{
    public const string Hook = "webhook { id url kinds enabled consecutiveFailures }";

    public const string Deliveries =
        "deliveries(first: 20) { totalCount nodes { deliveryId kind status attempts lastStatusCode lastError nextAttemptAt lastAttemptAt } }";

    /// <summary>Fast polls, so that deliveries arrive within a test's patience.</summary>
    public static PlatformFactory Polling(this PlatformFactory factory) => factory
        .WithSetting("Webhooks:PollInterval", "00:00:00.100")
        .WithSetting("Live:GapWait", "00:00:00.200");

    /// <summary>Registers a webhook that must succeed; returns the payload (webhook and secret).</summary>
    public static async Task<JsonNode> RegisterHookAsync(this PlatformFactory factory, string principal, Uri url, params string[] kinds)
    {
        var payload = await factory.PayloadAsync(principal, "registerWebhook", new { url = url.ToString(), kinds }, Hook + " secret");
        Assert.True(payload["errors"] is null, payload["errors"]?.ToJsonString());
        return payload;
    }

    /// <summary>The webhook as its client reads it, with its deliveries.</summary>
    public static async Task<JsonNode> HookAsync(this PlatformFactory factory, string principal, string id)
    {
        var response = await factory.AskAsync(principal, $$"""
            query($id: ID!) { webhook(id: $id) { id enabled consecutiveFailures {{Deliveries}} } }
            """, new { id });
        Assert.True(response["errors"] is null, response["errors"]?.ToJsonString());
        return response["data"]!["webhook"]!;
    }

    /// <summary>Polls the webhook until <paramref name="done"/> holds for it, or fails after 15 seconds.</summary>
    public static async Task<JsonNode> HookUntilAsync(this PlatformFactory factory, string principal, string id, Func<JsonNode, bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            var hook = await factory.HookAsync(principal, id);
            if (done(hook))
            {
                return hook;
            }

            Assert.True(DateTime.UtcNow < deadline, "The webhook never reached the expected state: " + hook.ToJsonString());
            await Task.Delay(100);
        }
    }

    public static JsonArray Nodes(this JsonNode hook) => hook["deliveries"]!["nodes"]!.AsArray();
}

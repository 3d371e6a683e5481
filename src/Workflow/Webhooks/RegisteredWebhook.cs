namespace Platform.Workflow.Webhooks;

/// <summary>A webhook just registered, with its signing secret: the only time the secret is shown.</summary>
public sealed record RegisteredWebhook(WebhookSummary Webhook, string Secret);

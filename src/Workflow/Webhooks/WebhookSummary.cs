using Platform.Data.Entities;

namespace Platform.Workflow.Webhooks;

/// <summary>A webhook as its client reads it: never its secret.</summary>
public sealed record WebhookSummary(
    int Id, string Url, IReadOnlyList<CaseEventKind> Kinds, bool Enabled, int ConsecutiveFailures, DateTime CreatedAt, DateTime? DisabledAt)
{
    public static WebhookSummary Of(Webhook hook) => new(
        hook.Id, hook.Url, WebhookKinds.Parse(hook.Kinds), hook.Enabled, hook.ConsecutiveFailures, hook.CreatedAt, hook.DisabledAt);
}

using Platform.Data.Entities;

namespace Platform.Workflow.Webhooks;

public sealed record RegisterWebhookCommand(string? Url, IReadOnlyList<CaseEventKind>? Kinds);

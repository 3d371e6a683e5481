using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Webhooks;

namespace Platform.Api.GraphQL.Webhooks;

/// <summary>
/// Webhooks of confidential clients (README, Webhooks). The rules are in src/Workflow/Webhooks:
/// client tokens with platform.read only; another client's webhook is NOT_FOUND.
/// </summary>
public static class WebhookMutations
{
    public static void AddWebhookMutations(this ObjectGraphType mutation)
    {
        mutation.ResultMutation<RegisterWebhookInput, RegisteredWebhook>("registerWebhook", new RegisterWebhookInputType(),
            "Registers a callback for case events the client's unit can see after each change; returns its signing secret, shown only here.",
            payload =>
            {
                payload.Field<WebhookType>("webhook").Resolve(c => c.Source.Result?.Webhook);
                payload.Field<StringGraphType>("secret")
                    .Description("The HMAC-SHA256 key of the Platform-Signature header; shown only here, never readable again.")
                    .Resolve(c => c.Source.Result?.Secret);
            },
            (i, m) => WebhookCalls.RunAsync(m.Services, (r, a) => r.RegisterAsync(a, new RegisterWebhookCommand(i.Url, i.Kinds), m.CancellationToken)));
        mutation.ResultMutation<WebhookReferenceInput, WebhookSummary>("enableWebhook", new WebhookReferenceInputType("EnableWebhookInput"),
            "Enables a webhook again, e.g. after repeated failures disabled it; its pending deliveries resume.", Webhook,
            (i, m) => WebhookCalls.RunAsync(m.Services, (r, a) => r.EnableAsync(a, WebhookCalls.Key(i.Id), m.CancellationToken)));
        mutation.ResultMutation<WebhookReferenceInput, WebhookSummary>("deleteWebhook", new WebhookReferenceInputType("DeleteWebhookInput"),
            "Deletes a webhook and its deliveries; nothing more is posted to it.", Webhook,
            (i, m) => WebhookCalls.RunAsync(m.Services, (r, a) => r.DeleteAsync(a, WebhookCalls.Key(i.Id), m.CancellationToken)));
    }

    private static void Webhook(ObjectGraphType<ResultPayload<WebhookSummary>> payload) =>
        payload.Field<WebhookType>("webhook").Resolve(c => c.Source.Result);
}

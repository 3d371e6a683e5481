using GraphQL;
using GraphQL.Types;

namespace Platform.Api.GraphQL.Webhooks;

/// <summary>A confidential client's own webhooks; a person's token gets AUTH_NOT_AUTHORIZED, another client's webhook is null.</summary>
public static class WebhookQueries
{
    public static void AddWebhookFields(this ObjectGraphType query)
    {
        query.Field<ListGraphType<NonNullGraphType<WebhookType>>>("webhooks")
            .Description("The calling client's webhooks, oldest first; for confidential clients (client credentials) only.")
            .ResolveAsync(async c => await WebhookCalls.QueryAsync<IReadOnlyList<Workflow.Webhooks.WebhookSummary>>(c, async (r, a) => await r.ListAsync(a, c.CancellationToken)));
        // A webhook belongs to a client, not to a unit: the registry matches the caller's client id with
        // the key (WebhookRegistry.FindAsync; WebhookAccessTests: another client's hook is null).
        query.Field<WebhookType>("webhook")
            .Description("One of the calling client's webhooks; null for any other id.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await WebhookCalls.QueryAsync(c, (r, a) => r.FindAsync(a, WebhookCalls.Key(c.GetArgument<string>("id")), c.CancellationToken)));
    }
}

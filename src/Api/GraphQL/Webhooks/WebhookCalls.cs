using GraphQL;
using Platform.Api.GraphQL.Common.Errors;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.Tenancy;
using Platform.Api.Webhooks;
using Platform.Workflow.Common;
using Platform.Workflow.Webhooks;

namespace Platform.Api.GraphQL.Webhooks;

/// <summary>Calls <see cref="WebhookRegistry"/> as the request's principal.</summary>
public static class WebhookCalls
{
    /// <summary>The key of a webhook id; 0 (never a webhook) for an id of anything else.</summary>
    public static int Key(string? id) => GlobalId.DecodeKey(id, WebhookPayload.WebhookTypeName) ?? 0;

    public static Task<T> RunAsync<T>(IServiceProvider services, Func<WebhookRegistry, Actor, Task<T>> call) =>
        call(services.GetRequiredService<WebhookRegistry>(), services.GetRequiredService<CurrentPrincipal>().Actor);

    /// <summary>A query's call: a refusal becomes the top-level error with its code, and the field null.</summary>
    public static async Task<T?> QueryAsync<T>(IResolveFieldContext context, Func<WebhookRegistry, Actor, Task<T?>> call)
        where T : class
    {
        try
        {
            return await RunAsync(context.RequestServices!, call);
        }
        catch (DomainException refused) when (refused.Errors is [var error])
        {
            context.Errors.Add(PlatformErrors.Coded(error.Code, error.Message));
            return null;
        }
    }
}

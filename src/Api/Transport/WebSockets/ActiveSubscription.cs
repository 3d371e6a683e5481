using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Platform.Api.GraphQL.Subscriptions;
using Platform.Api.Live;

namespace Platform.Api.Transport.WebSockets;

/// <summary>A subscription a connection holds: its request, parsed once, and what it listens for.</summary>
internal sealed class ActiveSubscription(GraphQLRequest request, GraphQLDocument? document, ILiveSubscription live)
{
    /// <summary>
    /// The <c>next</c> payload for <paramref name="notice"/>, or null when the subscriber is not to
    /// hear of it. Each delivery runs in a service scope of its own, so its loaders read afresh.
    /// </summary>
    public async Task<string?> DeliverAsync(
        HttpContext connection, LiveExecution execution, IGraphQLTextSerializer serializer, IServiceScopeFactory scopes, LiveNotice notice, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (await live.MatchAsync(scope.ServiceProvider, notice, ct) is not { } delivery)
        {
            return null;
        }

        var (started, _, _) = await execution.ExecuteAsync(connection, request, document, delivery, scope.ServiceProvider, ct);
        if (await LiveExecution.FirstAsync(started, ct) is not { } result)
        {
            return null;
        }

        // The field reads through the subscriber's filter again: null means nothing to tell.
        var json = serializer.Serialize(result);
        return JsonNode.Parse(json)?["data"] is JsonObject data && data.All(field => field.Value is null) ? null : json;
    }
}

using GraphQL;
using Microsoft.Extensions.Options;
using Platform.Api.Live;

namespace Platform.Api.Transport.WebSockets;

/// <summary>
/// GraphQL over WebSocket with the <c>graphql-transport-ws</c> protocol (graphql-ws, Apollo
/// Client, urql): accepts the upgrade when the client offers the subprotocol and runs one
/// <see cref="GraphQLWebSocketSession"/> for the connection.
/// </summary>
internal sealed class GraphQLWebSocketHandler(
    LiveExecution execution,
    IGraphQLTextSerializer serializer,
    OutboxFeed feed,
    LiveConnections connections,
    IOptions<LiveOptions> options,
    IServiceScopeFactory scopes,
    ILoggerFactory loggers)
{
    public const string SubProtocol = "graphql-transport-ws";

    public async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync($"Subscriptions need the WebSocket subprotocol '{SubProtocol}'.");
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync(SubProtocol);
        var session = new GraphQLWebSocketSession(
            context, socket, execution, serializer, feed, connections, options.Value, scopes, loggers.CreateLogger<GraphQLWebSocketSession>());
        await session.RunAsync();
    }
}

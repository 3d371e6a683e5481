using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Transport;
using Platform.Api.GraphQL.Subscriptions;
using Platform.Api.Live;
using Platform.Identity;

namespace Platform.Api.Transport.WebSockets;

/// <summary>
/// One connection: a receiving loop that speaks the protocol (init within the timeout, ping/pong,
/// subscribe, complete; each violation closes with its code) and a delivering loop that takes each
/// outbox batch, asks every subscription whether its subscriber hears of each change, executes the
/// subscription's document for those it does and sends the result. The connection's token is
/// checked again at an interval; once it is expired or revoked the connection closes with 4403.
/// </summary>
internal sealed partial class GraphQLWebSocketSession(
    HttpContext context,
    WebSocket webSocket,
    LiveExecution execution,
    IGraphQLTextSerializer serializer,
    OutboxFeed feed,
    LiveConnections connections,
    LiveOptions options,
    IServiceScopeFactory scopes,
    ILogger log)
{
    private readonly MessageSocket _socket = new(webSocket, options.MaxMessageBytes);
    private readonly ConcurrentDictionary<string, ActiveSubscription> _subscriptions = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _acknowledged = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _token;
    private string? _subject;

    public async Task RunAsync()
    {
        var inbox = Channel.CreateBounded<IReadOnlyList<LiveNotice>>(
            new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        using var listening = feed.Listen(inbox.Writer);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        try
        {
            var ended = await Task.WhenAny(ReceiveAsync(stop.Token), DeliverAsync(inbox.Reader, stop.Token), InitTimeoutAsync(stop.Token));
            if (ended.IsFaulted)
            {
                log.LogError(ended.Exception, "The subscription connection failed.");
                await _socket.CloseAsync(CloseCodes.InternalError, "Internal server error");
            }
        }
        finally
        {
            await stop.CancelAsync();
            if (_subject is not null)
            {
                connections.Close(_subject);
            }
        }
    }

    private async Task InitTimeoutAsync(CancellationToken ct)
    {
        if (await Task.WhenAny(_acknowledged.Task, Task.Delay(options.ConnectionInitTimeout, ct)) != _acknowledged.Task && !ct.IsCancellationRequested)
        {
            await _socket.CloseAsync(CloseCodes.ConnectionInitTimeout, "Connection initialisation timeout");
            return;
        }

        await Task.Delay(Timeout.Infinite, ct).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task ReceiveAsync(CancellationToken ct)
    {
        while (await _socket.NextAsync(options.IdleTimeout, ct) is { } message)
        {
            await HandleAsync(message, ct);
        }
    }

    private async Task HandleAsync(ClientMessage message, CancellationToken ct)
    {
        switch (message.Type)
        {
            case "connection_init":
                await InitAsync(message, ct);
                break;
            case "ping":
                await _socket.SendAsync("pong", null, null, ct);
                break;
            case "pong":
                break;
            case "subscribe" when !_acknowledged.Task.IsCompleted:
                await _socket.CloseAsync(CloseCodes.Unauthorized, "Unauthorized");
                break;
            case "subscribe" when string.IsNullOrEmpty(message.Id) || message.Payload is not { ValueKind: JsonValueKind.Object }:
                await _socket.CloseAsync(CloseCodes.BadRequest, "Invalid message received");
                break;
            case "subscribe" when _subscriptions.ContainsKey(message.Id):
                await _socket.CloseAsync(CloseCodes.SubscriberExists, $"Subscriber for {message.Id} already exists");
                break;
            case "subscribe":
                await SubscribeAsync(message.Id, serializer.Deserialize<GraphQLRequest>(message.Payload.Value.GetRawText())!, ct);
                break;
            case "complete" when message.Id is not null:
                _subscriptions.TryRemove(message.Id, out _);
                break;
            default:
                await _socket.CloseAsync(CloseCodes.BadRequest, "Invalid message received");
                break;
        }
    }

    private async Task InitAsync(ClientMessage message, CancellationToken ct)
    {
        if (_token is not null)
        {
            await _socket.CloseAsync(CloseCodes.TooManyRequests, "Too many initialisation requests");
            return;
        }

        _token = message.Token() ?? "";
        var principal = await WebSocketTokenCheck.ValidateAsync(context, scopes, _token);
        var subject = principal?.FindFirst(PlatformClaims.Subject)?.Value;
        if (principal is null || subject is null)
        {
            await _socket.CloseAsync(CloseCodes.Forbidden, "Forbidden");
            return;
        }

        if (!connections.TryOpen(subject))
        {
            await _socket.CloseAsync(CloseCodes.TooManyRequests, "Too many connections for this principal");
            return;
        }

        _subject = subject;
        context.User = principal;
        await _socket.SendAsync("connection_ack", null, null, ct);
        _acknowledged.TrySetResult();
    }

    private async Task SubscribeAsync(string id, GraphQLRequest request, CancellationToken ct)
    {
        if (_subscriptions.Count >= options.MaxSubscriptionsPerConnection)
        {
            await SendErrorAsync(id, $"A connection holds at most {options.MaxSubscriptionsPerConnection} subscriptions.", "TOO_MANY_SUBSCRIPTIONS", ct);
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var (result, document, userContext) = await execution.ExecuteAsync(context, request, null, null, scope.ServiceProvider, ct);
        if (result.Streams is { Count: > 0 } && LiveRegistration.Of(userContext) is { } live)
        {
            _subscriptions[id] = new ActiveSubscription(request, document, live);
            return;
        }

        if (!result.Executed || result.Data is null)
        {
            await _socket.SendAsync("error", id, JsonNode.Parse(serializer.Serialize(result))?["errors"]?.ToJsonString() ?? "[]", ct);
            return;
        }

        // A query or mutation sent over the connection: one result, then complete.
        await _socket.SendAsync("next", id, serializer.Serialize(result), ct);
        await _socket.SendAsync("complete", id, null, ct);
    }

    private Task SendErrorAsync(string id, string message, string code, CancellationToken ct) =>
        _socket.SendAsync("error", id, JsonSerializer.Serialize(new[] { new { message, extensions = new { code } } }), ct);
}

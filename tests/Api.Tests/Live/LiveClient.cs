using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Live;

/// <summary>A <c>graphql-transport-ws</c> client over the in-process server's WebSocket support.</summary>
public sealed class LiveClient : IAsyncDisposable
{
    private readonly WebSocket socket;

    private LiveClient(WebSocket socket) => this.socket = socket;

    public WebSocketCloseStatus? CloseStatus => socket.CloseStatus;

    /// <summary>Opens a connection to <c>/graphql</c> with the subprotocol; sends nothing yet.</summary>
    public static async Task<LiveClient> OpenAsync(PlatformFactory factory)
    {
        var client = factory.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        var socket = await client.ConnectAsync(new Uri(factory.Server.BaseAddress, "graphql"), CancellationToken.None);
        return new LiveClient(socket);
    }

    /// <summary>Opens a connection as <paramref name="principal"/> and waits for <c>connection_ack</c>.</summary>
    public static async Task<LiveClient> ConnectAsync(PlatformFactory factory, string principal) =>
        await ConnectWithTokenAsync(factory, await factory.TokenAsync(principal));

    /// <summary>Opens a connection with <paramref name="accessToken"/> and waits for <c>connection_ack</c>.</summary>
    public static async Task<LiveClient> ConnectWithTokenAsync(PlatformFactory factory, string accessToken)
    {
        var client = await OpenAsync(factory);
        await client.SendAsync(new { type = "connection_init", payload = new { Authorization = "Bearer " + accessToken } });
        var ack = await client.ReceiveAsync();
        Assert.Equal("connection_ack", ack?.Str("type"));
        return client;
    }

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    /// <summary>
    /// Waits until the server has taken in every message sent before: it handles a connection's
    /// messages in order, so its <c>pong</c> comes after each earlier subscription is registered.
    /// </summary>
    public async Task SettledAsync()
    {
        await SendAsync(new { type = "ping" });
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (DateTime.UtcNow < until && await ReceiveAsync(until - DateTime.UtcNow) is { } message)
        {
            Assert.True(message.Str("type") == "pong", $"Expected pong, got {message.ToJsonString()}.");
            return;
        }

        Assert.Fail("The server did not answer the ping.");
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SendTextAsync(string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next message within <paramref name="timeout"/> (5 s by default); null when none came or the server closed.</summary>
    public async Task<JsonNode?> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var wait = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(5));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var read = await socket.ReceiveAsync(buffer, wait.Token);
                if (read.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                message.Write(buffer, 0, read.Count);
                if (read.EndOfMessage)
                {
                    return JsonNode.Parse(message.ToArray());
                }
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Every message that arrives within <paramref name="window"/>.</summary>
    public async Task<List<JsonNode>> DrainAsync(TimeSpan window)
    {
        var messages = new List<JsonNode>();
        var until = DateTime.UtcNow + window;
        while (DateTime.UtcNow < until && await ReceiveAsync(until - DateTime.UtcNow) is { } message)
        {
            messages.Add(message);
        }

        return messages;
    }

    /// <summary>Waits for the server to close the connection; its close code, or null when it stayed open.</summary>
    public async Task<int?> ClosedWithAsync(TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(5));
        while (DateTime.UtcNow < until && socket.State == WebSocketState.Open)
        {
            await ReceiveAsync(until - DateTime.UtcNow);
        }

        return (int?)socket.CloseStatus;
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            try
            {
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
            }
            catch (WebSocketException)
            {
            }
        }

        socket.Dispose();
    }
}

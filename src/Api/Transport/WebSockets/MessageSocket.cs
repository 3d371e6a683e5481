using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Platform.Api.Transport.WebSockets;

/// <summary>Whole text messages over a WebSocket: sends one at a time, reads within a size limit, closes once.</summary>
internal sealed class MessageSocket(WebSocket socket, int maxMessageBytes)
{
    private readonly SemaphoreSlim _sending = new(1, 1);
    private int _closed;

    public bool IsOpen => socket.State == WebSocketState.Open && Volatile.Read(ref _closed) == 0;

    /// <summary>
    /// The next client message; null once the connection is over: the client closed it, or it was
    /// closed here for sending nothing within <paramref name="idle"/>, too large a message or one
    /// that is not a protocol message.
    /// </summary>
    public async Task<ClientMessage?> NextAsync(TimeSpan idle, CancellationToken ct)
    {
        if (!IsOpen)
        {
            return null;
        }

        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        wait.CancelAfter(idle);
        byte[]? text;
        try
        {
            text = await ReceiveAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            await CloseAsync(CloseCodes.Normal, "Idle timeout");
            return null;
        }
        catch (InvalidDataException)
        {
            await CloseAsync(CloseCodes.MessageTooBig, $"Messages are text of at most {maxMessageBytes} bytes");
            return null;
        }

        var message = text is null ? null : ClientMessage.Parse(text);
        if (message is null)
        {
            await CloseAsync(text is null ? CloseCodes.Normal : CloseCodes.BadRequest, text is null ? "Bye" : "Invalid message received");
        }

        return message;
    }

    /// <summary>The next message; null when the client closed; <see cref="InvalidDataException"/> when it is too large or not text.</summary>
    private async Task<byte[]?> ReceiveAsync(CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            using var message = new MemoryStream();
            while (true)
            {
                var read = await socket.ReceiveAsync(buffer.AsMemory(), ct);
                if (read.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                if (read.MessageType != WebSocketMessageType.Text || message.Length + read.Count > maxMessageBytes)
                {
                    throw new InvalidDataException("too large or not text");
                }

                message.Write(buffer, 0, read.Count);
                if (read.EndOfMessage)
                {
                    return message.ToArray();
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Sends <c>{"id":…,"type":…,"payload":…}</c>; <paramref name="payloadJson"/> is already JSON.</summary>
    public Task SendAsync(string type, string? id, string? payloadJson, CancellationToken ct)
    {
        var text = new StringBuilder("{\"type\":").Append(JsonSerializer.Serialize(type));
        if (id is not null)
        {
            text.Append(",\"id\":").Append(JsonSerializer.Serialize(id));
        }

        if (payloadJson is not null)
        {
            text.Append(",\"payload\":").Append(payloadJson);
        }

        return SendTextAsync(text.Append('}').ToString(), ct);
    }

    public async Task CloseAsync(int code, string reason)
    {
        if (Interlocked.Exchange(ref _closed, 1) == 1 || socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        await _sending.WaitAsync();
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // The client is gone already.
        }
        finally
        {
            _sending.Release();
        }
    }

    private async Task SendTextAsync(string text, CancellationToken ct)
    {
        await _sending.WaitAsync(ct);
        try
        {
            if (IsOpen)
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, ct);
            }
        }
        finally
        {
            _sending.Release();
        }
    }
}

using System.Threading.Channels;
using Platform.Api.Live;

namespace Platform.Api.Transport.WebSockets;

/// <summary>The delivering loop of a connection, and the check of its token at an interval.</summary>
internal sealed partial class GraphQLWebSocketSession
{
    private async Task DeliverAsync(ChannelReader<IReadOnlyList<LiveNotice>> inbox, CancellationToken ct)
    {
        await _acknowledged.Task.WaitAsync(ct);
        var nextCheck = DateTime.UtcNow + options.TokenRecheckInterval;
        while (_socket.IsOpen && !ct.IsCancellationRequested)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
            wait.CancelAfter(options.TokenRecheckInterval);
            IReadOnlyList<LiveNotice>? batch = null;
            try
            {
                batch = await inbox.ReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
            }

            if (DateTime.UtcNow >= nextCheck)
            {
                nextCheck = DateTime.UtcNow + options.TokenRecheckInterval;
                if (await WebSocketTokenCheck.ValidateAsync(context, scopes, _token) is null)
                {
                    await _socket.CloseAsync(CloseCodes.Forbidden, "Forbidden");
                    return;
                }
            }

            foreach (var notice in batch ?? [])
            {
                foreach (var (id, subscription) in _subscriptions)
                {
                    await DeliverAsync(id, subscription, notice, ct);
                }
            }
        }
    }

    private async Task DeliverAsync(string id, ActiveSubscription subscription, LiveNotice notice, CancellationToken ct)
    {
        try
        {
            if (await subscription.DeliverAsync(context, execution, serializer, scopes, notice, ct) is { } payload)
            {
                await _socket.SendAsync("next", id, payload, ct);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning(ex, "Delivering change {Position} to subscription {Id} failed.", notice.Position, id);
        }
    }
}

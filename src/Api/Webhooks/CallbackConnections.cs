using System.Net;
using System.Net.Sockets;
using Platform.Workflow.Webhooks;

namespace Platform.Api.Webhooks;

/// <summary>
/// Opens a callback's connection only to public addresses: the name is resolved here, at connect
/// time, so a name that pointed elsewhere at registration cannot lead into the private network.
/// </summary>
public static class CallbackConnections
{
    public static async ValueTask<Stream> ConnectPubliclyAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        if (addresses.Length == 0 || !addresses.All(CallbackAddresses.IsPublic))
        {
            throw new HttpRequestException($"The callback host '{host}' resolves to an address that is not public.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

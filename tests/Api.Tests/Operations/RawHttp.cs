using System.Net.Sockets;
using System.Text;

namespace Platform.Api.Tests.Operations;

/// <summary>
/// Sends bytes that no well-behaved client would (broken chunks, short bodies, slow bodies) to a
/// real Kestrel listener, and reads the status line and body of whatever comes back.
/// </summary>
internal static class RawHttp
{
    public sealed record Answer(int Status, string Body);

    /// <param name="head">Request line and headers, without the blank line that ends them.</param>
    /// <param name="body">Sent after the headers; the connection stays open for the answer.</param>
    /// <param name="hangUp">Then stop sending (half-close), as a client that gave up would.</param>
    public static async Task<Answer> SendAsync(Uri server, string head, string body, bool hangUp = false)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"{head}\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n"));
        await stream.WriteAsync(Encoding.ASCII.GetBytes(body));
        if (hangUp)
        {
            client.Client.Shutdown(SocketShutdown.Send);
        }

        // Bounded, so that a server that never answers fails the test instead of hanging it.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var buffer = new MemoryStream();
        try
        {
            await stream.CopyToAsync(buffer, timeout.Token);
        }
        catch (IOException)
        {
            // The server may reset the connection right after its answer.
        }

        var text = Encoding.UTF8.GetString(buffer.ToArray());
        var status = text.Length > 12 ? int.Parse(text.AsSpan(9, 3)) : 0;
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (split < 0)
        {
            return new Answer(status, "");
        }

        var content = text[(split + 4)..];
        var chunked = text[..split].Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase);
        return new Answer(status, chunked ? Dechunk(content) : content);
    }

    private static string Dechunk(string body)
    {
        var result = new StringBuilder();
        var at = 0;
        while (at < body.Length)
        {
            var lineEnd = body.IndexOf("\r\n", at, StringComparison.Ordinal);
            if (lineEnd < 0)
            {
                break;
            }

            var size = Convert.ToInt32(body[at..lineEnd], 16);
            if (size == 0)
            {
                break;
            }

            result.Append(body, lineEnd + 2, Math.Min(size, body.Length - lineEnd - 2));
            at = lineEnd + 2 + size + 2;
        }

        return result.ToString();
    }
}

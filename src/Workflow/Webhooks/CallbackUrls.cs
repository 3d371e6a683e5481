using System.Net;
using System.Net.Sockets;

namespace Platform.Workflow.Webhooks;

/// <summary>Checks a callback URL at registration; the sender checks the address again when it connects.</summary>
public static class CallbackUrls
{
    public const int MaxLength = 500;

    /// <summary>Why <paramref name="url"/> cannot be a callback, or null when it can.</summary>
    public static async Task<string?> ProblemAsync(string url, WebhookOptions options, CancellationToken cancellationToken)
    {
        if (url.Length > MaxLength)
        {
            return $"'url' must be at most {MaxLength} characters.";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Host.Length == 0)
        {
            return "'url' must be an absolute http(s) URL.";
        }

        if (uri.UserInfo.Length > 0 || uri.Fragment.Length > 0)
        {
            return "'url' must carry no user name, password or fragment.";
        }

        if (options.RequireHttps && uri.Scheme != "https")
        {
            return "'url' must use https.";
        }

        return options.AllowPrivateAddresses || await ResolvesPubliclyAsync(uri, cancellationToken)
            ? null
            : "'url' must resolve to public addresses only (no loopback or private networks).";
    }

    private static async Task<bool> ResolvesPubliclyAsync(Uri uri, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(uri.IdnHost, out var literal))
        {
            return CallbackAddresses.IsPublic(literal);
        }

        try
        {
            var addresses = await Dns.GetHostAddressesAsync(uri.IdnHost, cancellationToken);
            return addresses.Length > 0 && addresses.All(CallbackAddresses.IsPublic);
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

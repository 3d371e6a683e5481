using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Platform.Workflow.Webhooks;

/// <summary>
/// The signature of a delivery: <c>Platform-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</c>, the hex
/// being HMAC-SHA256 with the webhook's secret over <c>&lt;t&gt;.&lt;body&gt;</c>. A receiver recomputes it
/// and refuses a timestamp further than its tolerance (README suggests 5 minutes) from its clock.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "Platform-Signature";
    public const string DeliveryHeader = "Platform-Delivery";
    public const string EventHeader = "Platform-Event";

    public static string Sign(string secret, long timestamp, string body)
    {
        var signed = string.Create(CultureInfo.InvariantCulture, $"{timestamp}.{body}");
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(signed));
        return string.Create(CultureInfo.InvariantCulture, $"t={timestamp},v1={Convert.ToHexStringLower(mac)}");
    }

    /// <summary>True when <paramref name="header"/> signs <paramref name="body"/> with <paramref name="secret"/> within <paramref name="tolerance"/> of <paramref name="now"/>.</summary>
    public static bool Verify(string secret, string header, string body, DateTimeOffset now, TimeSpan tolerance)
    {
        var parts = header.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        if (!parts.TryGetValue("t", out var t) || !long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)
            || !parts.TryGetValue("v1", out var given))
        {
            return false;
        }

        if (Math.Abs(now.ToUnixTimeSeconds() - timestamp) > tolerance.TotalSeconds)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(secret, timestamp, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes($"t={t},v1={given}"));
    }

    /// <summary>A new secret: 32 random bytes, base64url, with a prefix that tells what it is.</summary>
    public static string NewSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

using System.Threading.RateLimiting;
using Platform.Api.GraphQL.Common.Errors;
using Platform.Api.Operations.Errors;

namespace Platform.Api.Operations.RateLimits;

/// <summary>
/// The residents' channel's own limits, beside the per-principal one (a portal is one client for
/// every resident): submissions per device, and wrong receipt codes per device and per client, so
/// that receipts cannot be enumerated. Devices are told apart by <see cref="DeviceHeader"/>.
/// </summary>
public sealed class ResidentThrottle(RateLimitsOptions options) : IDisposable
{
    /// <summary>The resident's device as the portal knows it (e.g. a hashed cookie); requests without it share one bucket per client.</summary>
    public const string DeviceHeader = "X-Resident-Device";

    private readonly PartitionedRateLimiter<string> submissions = Windows(options.ResidentSubmissions);
    private readonly PartitionedRateLimiter<string> deviceMisses = Windows(options.ReceiptMisses);
    private readonly PartitionedRateLimiter<string> clientMisses = Windows(options.ReceiptMissesPerClient);

    /// <summary>RATE_LIMITED once the device has submitted its share of petitions.</summary>
    public void RequireSubmission(HttpContext? http, string client)
    {
        if (!AllowSubmission(client, http?.Request.Headers[DeviceHeader].ToString()))
        {
            throw Limited("Too many petitions from this device; try again later.");
        }
    }

    /// <summary>Counts one petition from <paramref name="device"/> of <paramref name="client"/>; false once their share is used up.</summary>
    public bool AllowSubmission(string client, string? device) =>
        !options.Enabled || Take(submissions, DeviceKey(client, device), 1);

    /// <summary>RATE_LIMITED once the device or the client has tried too many wrong receipt codes.</summary>
    public void RequireLookup(HttpContext? http, string client)
    {
        if (options.Enabled && (!Take(deviceMisses, DeviceKey(http, client), 0) || !Take(clientMisses, client, 0)))
        {
            throw Limited("Too many unknown receipt codes; try again later.");
        }
    }

    /// <summary>Counts a wrong or unknown receipt code.</summary>
    public void Missed(HttpContext? http, string client)
    {
        Take(deviceMisses, DeviceKey(http, client), 1);
        Take(clientMisses, client, 1);
    }

    public void Dispose()
    {
        submissions.Dispose();
        deviceMisses.Dispose();
        clientMisses.Dispose();
    }

    private static string DeviceKey(HttpContext? http, string client) => DeviceKey(client, http?.Request.Headers[DeviceHeader].ToString());

    private static string DeviceKey(string client, string? device) =>
        client + "\n" + (device is { Length: > 0 and <= 200 } ? device : "");

    private static bool Take(PartitionedRateLimiter<string> limiter, string key, int permits)
    {
        using var lease = limiter.AttemptAcquire(key, permits);
        return lease.IsAcquired;
    }

    /// <summary>Fixed windows of <paramref name="rule"/>, one per key.</summary>
    internal static PartitionedRateLimiter<string> Windows(RateLimitRule rule) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = rule.PermitLimit,
            Window = rule.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    private static global::GraphQL.ExecutionError Limited(string message) => PlatformErrors.Coded(ErrorResponses.RateLimited, message);
}

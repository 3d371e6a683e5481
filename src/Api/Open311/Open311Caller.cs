using System.Threading.RateLimiting;
using Platform.Api.Operations.RateLimits;
using Platform.Api.Tenancy;
using Platform.Identity.Clients;
using Platform.Workflow.Common;

namespace Platform.Api.Open311;

/// <summary>
/// Who calls the Open311 endpoint. Open311 apps send an <c>api_key</c> instead of a token; here it
/// is <c>client_id:client_secret</c> of a confidential client (<see cref="ClientKeyCheck"/>), and
/// the request then runs as that client, exactly as with its client-credentials token: its unit's
/// tenant filter, its scopes. Every request counts against the caller's address first
/// (<c>RateLimits:Open311</c>), because checking a secret is deliberately slow.
/// </summary>
public sealed class Open311Caller(RateLimitsOptions options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> addresses = ResidentThrottle.Windows(options.Open311);

    /// <summary>429 in the spec's format once the address has used its share.</summary>
    public void Count(HttpContext http)
    {
        if (!options.Enabled)
        {
            return;
        }

        using var lease = addresses.AttemptAcquire(http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        if (!lease.IsAcquired)
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(options.Open311.Window.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            throw new Open311Exception(StatusCodes.Status429TooManyRequests, "Too many requests; retry later.");
        }
    }

    /// <summary>The key's client as the request's principal and actor; 400 without a key, 403 for a wrong one.</summary>
    public static async Task<Actor> AuthenticateAsync(HttpContext http, string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            throw Open311Exception.Missing(Open311Parameters.ApiKey);
        }

        var principal = await http.RequestServices.GetRequiredService<ClientKeyCheck>().CheckAsync(key, http.RequestAborted)
            ?? throw new Open311Exception(StatusCodes.Status403Forbidden, "Invalid api_key.");
        http.User = principal;
        return http.RequestServices.GetRequiredService<CurrentPrincipal>().Actor;
    }

    public void Dispose() => addresses.Dispose();
}

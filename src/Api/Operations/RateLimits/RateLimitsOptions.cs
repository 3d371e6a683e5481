namespace Platform.Api.Operations.RateLimits;

/// <summary>
/// Configuration section <c>RateLimits</c>. Requests over a limit are answered 429 with
/// <c>Retry-After</c> and are not processed. Callers are told apart by the token's <c>sub</c>
/// (a user, or a client for client credentials) and otherwise by IP address, which behind a
/// proxy is only right when <c>ForwardedHeaders</c> trusts that proxy. The health probes are exempt.
/// </summary>
public sealed class RateLimitsOptions
{
    public const string Section = "RateLimits";

    /// <summary>Off only for measurements; every limit below is then lifted.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary><c>/graphql</c> per authenticated principal.</summary>
    public RateLimitRule GraphQL { get; set; } = new() { PermitLimit = 600, Window = TimeSpan.FromMinutes(1) };

    /// <summary><c>/graphql</c> per IP address for callers without a valid token.</summary>
    public RateLimitRule Anonymous { get; set; } = new() { PermitLimit = 120, Window = TimeSpan.FromMinutes(1) };

    /// <summary>
    /// The token server and sign-in pages per IP address: every <c>/connect/…</c> endpoint (token,
    /// authorize, …) and every <c>/account/…</c> page. Password and secret checks are deliberately slow,
    /// so this is the limit that keeps guessing and hashing floods in check.
    /// </summary>
    public RateLimitRule SignIn { get; set; } = new() { PermitLimit = 60, Window = TimeSpan.FromMinutes(1) };

    /// <summary><c>submitPetition</c> per residents' portal client and device (<c>X-Resident-Device</c>, which the portal passes on).</summary>
    public RateLimitRule ResidentSubmissions { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromHours(1) };

    /// <summary>Wrong or unknown receipt codes per client and device; past it, receipt lookups answer RATE_LIMITED.</summary>
    public RateLimitRule ReceiptMisses { get; set; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(10) };

    /// <summary>Wrong or unknown receipt codes per client whatever the device, against a portal that rotates device ids.</summary>
    public RateLimitRule ReceiptMissesPerClient { get; set; } = new() { PermitLimit = 500, Window = TimeSpan.FromMinutes(10) };

    /// <summary>
    /// Requests to <c>/open311/…</c> per IP address. Each one with an <c>api_key</c> checks a client
    /// secret, which is deliberately slow, so this bounds guessing as <see cref="SignIn"/> does.
    /// </summary>
    public RateLimitRule Open311 { get; set; } = new() { PermitLimit = 120, Window = TimeSpan.FromMinutes(1) };
}

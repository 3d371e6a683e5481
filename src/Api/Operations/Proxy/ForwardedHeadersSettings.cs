namespace Platform.Api.Operations.Proxy;

/// <summary>
/// Configuration section <c>ForwardedHeaders</c>: which reverse proxies (TLS terminators, load
/// balancers) are trusted to say, in <c>X-Forwarded-Proto</c> and <c>X-Forwarded-For</c>, what
/// scheme and client address a request really came with. Loopback is always trusted; headers from
/// any other sender are ignored, so a client cannot pose as HTTPS or as another IP.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Read the forwarded headers at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Addresses of trusted proxies besides loopback, e.g. <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, e.g. <c>10.0.0.0/8</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row are unwound (entries read from the end of the header).</summary>
    public int ForwardLimit { get; set; } = 1;

    /// <summary>
    /// Also honour <c>X-Forwarded-Host</c>. Off by default: when <c>Identity:Issuer</c> is unset the
    /// token issuer is the request's host, so only a proxy that always sets this header may be trusted with it.
    /// </summary>
    public bool ForwardHost { get; set; }
}

namespace Platform.Identity.Tokens;

/// <summary>Read from the <c>Identity</c> section: how access token lifetimes are checked.</summary>
public sealed class TokenLifetimeOptions
{
    /// <summary>
    /// How far the clocks of the token's issuer and of this server may disagree: a token is still
    /// accepted this long after its <c>exp</c> and this long before its <c>nbf</c>.
    /// </summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(1);
}

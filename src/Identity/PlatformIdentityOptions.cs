namespace Platform.Identity;

/// <summary>Configuration section <c>Identity</c>; every limit here is documented in README (Configuration).</summary>
public sealed class PlatformIdentityOptions
{
    public const string Section = "Identity";

    /// <summary>The token issuer; when unset, the base address of the token request is used.</summary>
    public Uri? Issuer { get; set; }

    /// <summary>How long an access token is valid.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a refresh token is valid; each use replaces it with a new one.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    /// <summary>
    /// How long a used refresh token may be presented again without counting as reuse. Zero: the
    /// second use of any refresh token revokes its whole chain.
    /// </summary>
    public TimeSpan RefreshTokenReuseLeeway { get; set; } = TimeSpan.Zero;

    /// <summary>How long the sign-in page's session cookie lets the authorization endpoint skip the form.</summary>
    public TimeSpan SignInSessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How long a one-time activation code from createUser or resetUserPassword stays usable.</summary>
    public TimeSpan ActivationCodeLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The shortest password a person may choose (length over composition; no other rule).</summary>
    public int PasswordMinimumLength { get; set; } = 12;

    /// <summary>
    /// How long the API trusts what it last read of an access token's status (valid or revoked).
    /// A revocation made in this process takes effect at once; one made by another replica after at
    /// most this long.
    /// </summary>
    public TimeSpan TokenStatusCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The most token statuses kept in memory; past it the cache starts over.</summary>
    public int TokenStatusCacheSize { get; set; } = 100_000;

    /// <summary>The most validated access tokens kept in memory with their principals (see <c>ValidatedTokenCache</c>); past it the cache starts over.</summary>
    public int ValidatedTokenCacheSize { get; set; } = 10_000;

    /// <summary>How often expired and revoked tokens and authorizations are deleted.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How old (by creation) an expired or revoked token or authorization must be before it is deleted.</summary>
    public TimeSpan PruneAfter { get; set; } = TimeSpan.FromDays(1);
}

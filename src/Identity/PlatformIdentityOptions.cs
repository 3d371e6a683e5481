namespace Platform.Identity;

/// <summary>Configuration section <c>Identity</c>.</summary>
public sealed class PlatformIdentityOptions
{
    public const string Section = "Identity";

    /// <summary>The token issuer; when unset, the base address of the token request is used.</summary>
    public Uri? Issuer { get; set; }

    /// <summary>How long an access token is valid.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);
}

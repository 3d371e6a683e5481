using Microsoft.AspNetCore.Identity;

namespace Platform.Data.Entities;

/// <summary>A person who signs in; acts for exactly one unit.</summary>
public sealed class PlatformUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }

    /// <summary>
    /// SHA-256 of the one-time activation code an admin handed out (hex); null once the account
    /// has a password of its owner's choosing. The code itself is shown once and never stored.
    /// </summary>
    public string? ActivationCodeHash { get; set; }

    public DateTime? ActivationCodeExpiresAt { get; set; }

    /// <summary>Set when an admin deactivated the account: it cannot sign in and its tokens were revoked.</summary>
    public DateTime? DeactivatedAt { get; set; }
}

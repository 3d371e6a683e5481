using Microsoft.AspNetCore.Identity;

namespace Platform.Data.Entities;

/// <summary>A person who signs in; acts for exactly one unit.</summary>
public sealed class PlatformUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
}

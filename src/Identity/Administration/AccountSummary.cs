namespace Platform.Identity.Administration;

/// <summary>An account as admins see it; never its password hash or activation code.</summary>
public sealed record AccountSummary(
    string Id, string UserName, string DisplayName, int UnitId, string UnitPath, IReadOnlyList<string> Roles,
    bool Locked, bool Active, bool Activated);


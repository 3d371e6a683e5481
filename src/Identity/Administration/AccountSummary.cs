namespace Platform.Identity.Administration;

/// <summary>An account as admins see it; never its password hash or activation code.</summary>
public sealed record AccountSummary(
    string Id, string UserName, string DisplayName, int UnitId, string UnitPath, IReadOnlyList<string> Roles,
    bool Locked, bool Active, bool Activated);

/// <summary>An account together with the one-time activation code just issued for it (shown once).</summary>
public sealed record AccountWithCode(AccountSummary Account, string ActivationCode);

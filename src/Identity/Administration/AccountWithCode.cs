namespace Platform.Identity.Administration;

/// <summary>An account together with the one-time activation code just issued for it (shown once).</summary>
public sealed record AccountWithCode(AccountSummary Account, string ActivationCode);

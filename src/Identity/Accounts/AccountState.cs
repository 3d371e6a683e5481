using Platform.Data.Entities;

namespace Platform.Identity.Accounts;

/// <summary>What an account's columns say about whether it may sign in (lockout is the user manager's).</summary>
public static class AccountState
{
    /// <summary>Activated (it has a password of its owner's choosing) and not deactivated.</summary>
    public static bool CanSignIn(PlatformUser user) => user.PasswordHash is not null && user.DeactivatedAt is null;
}

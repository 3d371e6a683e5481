using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Platform.Data.Entities;

namespace Platform.Identity.Accounts;

/// <summary>
/// Checks a user name and password for the password grant and the sign-in page alike. A wrong
/// password, an unknown user, a locked, deactivated or not yet activated account all fail the
/// same way and cost one password hash each, so neither the answer nor its timing tells which
/// (no account enumeration). Failures of a real account count towards its lockout.
/// </summary>
public sealed class CredentialCheck(UserManager<PlatformUser> users, IPasswordHasher<PlatformUser> hasher)
{
    /// <summary>Longer names are refused unread: the store's column is 256 characters.</summary>
    private const int MaxUserNameLength = 256;

    // One hash of a random password, made with the same hasher settings as real ones.
    private static readonly Lock DummyLock = new();
    private static string? dummyHash;

    /// <summary>The account when the credentials are right and it may sign in; otherwise null.</summary>
    public async Task<PlatformUser?> CheckAsync(string? userName, string? password)
    {
        password ??= "";
        var user = string.IsNullOrWhiteSpace(userName) || userName.Length > MaxUserNameLength
            ? null
            : await users.FindByNameAsync(userName);

        if (user is null || !AccountState.CanSignIn(user) || await users.IsLockedOutAsync(user))
        {
            // The same work as a real check, thrown away.
            hasher.VerifyHashedPassword(user ?? new PlatformUser(), DummyHash(), password);
            return null;
        }

        var result = hasher.VerifyHashedPassword(user, user.PasswordHash!, password);
        if (result == PasswordVerificationResult.Failed)
        {
            await users.AccessFailedAsync(user);
            return null;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, password);
            await users.UpdateAsync(user);
        }

        if (await users.GetAccessFailedCountAsync(user) > 0)
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        return user;
    }

    private string DummyHash()
    {
        lock (DummyLock)
        {
            return dummyHash ??= hasher.HashPassword(new PlatformUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
        }
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Platform.Data;
using Platform.Data.Entities;

namespace Platform.Identity.Accounts;

/// <summary>
/// Sets an account's password with its one-time activation code. A wrong, used or expired code
/// and an unknown user give the same result, and a wrong code counts towards the lockout, so
/// codes cannot be guessed. Password rules are length only (current guidance: no composition rules).
/// </summary>
public sealed class AccountActivation(
    UserManager<PlatformUser> users, IPasswordHasher<PlatformUser> hasher, IOptions<PlatformIdentityOptions> options, IClock clock)
{
    /// <summary>Long enough for any passphrase, short enough to bound the hashing work.</summary>
    public const int MaxPasswordLength = 128;

    public async Task<ActivationResult> ActivateAsync(string? userName, string? code, string? password, string? confirm)
    {
        password ??= "";
        if (password.Length < options.Value.PasswordMinimumLength)
        {
            return ActivationResult.PasswordTooShort;
        }

        if (password.Length > MaxPasswordLength)
        {
            return ActivationResult.PasswordTooLong;
        }

        if (password != confirm)
        {
            return ActivationResult.PasswordsDiffer;
        }

        var user = string.IsNullOrWhiteSpace(userName) || userName.Length > 256 ? null : await users.FindByNameAsync(userName);
        if (user is null || user.DeactivatedAt is not null || await users.IsLockedOutAsync(user)
            || user.ActivationCodeExpiresAt is not { } expires || expires < clock.UtcNow)
        {
            return ActivationResult.InvalidCode;
        }

        if (!ActivationCodes.Matches(code, user.ActivationCodeHash))
        {
            await users.AccessFailedAsync(user);
            return ActivationResult.InvalidCode;
        }

        user.PasswordHash = hasher.HashPassword(user, password);
        user.ActivationCodeHash = null;
        user.ActivationCodeExpiresAt = null;
        user.AccessFailedCount = 0;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        await users.UpdateAsync(user);
        return ActivationResult.Activated;
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Identity.Accounts;

namespace Platform.Identity.Administration;

/// <summary>
/// Accounts in the admin's subtree (an account belongs to its unit): created with a one-time
/// activation code instead of a password the admin would know; roles, lock, unlock, reset
/// (a new code) and deactivation, which revokes the account's tokens. An admin never acts on itself.
/// </summary>
public sealed class UserAdministration(
    PlatformDbContext db, UserManager<PlatformUser> users, RoleManager<IdentityRole> roles,
    IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations,
    IOptions<PlatformIdentityOptions> options, IClock clock)
{
    public async Task<AccountWithCode> CreateAsync(AdminActor actor, CreateUserCommand command, CancellationToken cancellationToken)
    {
        actor.RequireAdmin();
        var userName = AdminText.Name("userName", command.UserName);
        var displayName = AdminText.Required("displayName", command.DisplayName, 100);
        var granted = ValidRoles(command.Roles);
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == command.UnitId, cancellationToken);
        actor.RequireInSubtree(unit?.Path, "Unit");
        if (unit!.DeactivatedAt is not null)
        {
            throw AdministrationException.InvalidState("create an account in this unit", "DEACTIVATED");
        }

        if (await users.FindByNameAsync(userName) is not null)
        {
            throw AdministrationException.Invalid("userName", $"The user name '{userName}' is taken.");
        }

        var code = ActivationCodes.Create();
        var user = new PlatformUser
        {
            Id = Guid.NewGuid().ToString(),
            UserName = userName,
            DisplayName = displayName,
            UnitId = unit.Id,
            LockoutEnabled = true,
            ActivationCodeHash = ActivationCodes.Hash(code),
            ActivationCodeExpiresAt = clock.UtcNow + options.Value.ActivationCodeLifetime,
        };
        AuditLog.Append(db, actor, clock.UtcNow, unit.Path, "USER_CREATED", AuditLog.User, userName, new { displayName, roles = granted });
        Check(await users.CreateAsync(user));
        await EnsureRolesAsync(granted);
        Check(await users.AddToRolesAsync(user, granted));
        return new AccountWithCode(await SummaryAsync(user, cancellationToken), code);
    }

    public async Task<AccountSummary> UpdateRolesAsync(AdminActor actor, string? userName, IReadOnlyList<string>? newRoles, CancellationToken cancellationToken)
    {
        var (user, path) = await FindOtherAsync(actor, userName, "change the roles of", cancellationToken);
        var granted = ValidRoles(newRoles);
        var current = await users.GetRolesAsync(user);
        AuditLog.Append(db, actor, clock.UtcNow, path, "USER_ROLES_CHANGED", AuditLog.User, user.UserName!, new { from = current, to = granted });
        await EnsureRolesAsync(granted);
        Check(await users.RemoveFromRolesAsync(user, current.Except(granted)));
        Check(await users.AddToRolesAsync(user, granted.Except(current)));
        return await SummaryAsync(user, cancellationToken);
    }

    /// <summary>Locked until unlocked: no sign-in, no refresh, and its tokens are revoked.</summary>
    public async Task<AccountSummary> LockAsync(AdminActor actor, string? userName, CancellationToken cancellationToken)
    {
        var (user, path) = await FindOtherAsync(actor, userName, "lock", cancellationToken);
        AuditLog.Append(db, actor, clock.UtcNow, path, "USER_LOCKED", AuditLog.User, user.UserName!);
        Check(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
        await RevokeAsync(user, cancellationToken);
        return await SummaryAsync(user, cancellationToken);
    }

    /// <summary>Ends a lock, whether an admin's or the lockout after failed sign-ins.</summary>
    public async Task<AccountSummary> UnlockAsync(AdminActor actor, string? userName, CancellationToken cancellationToken)
    {
        var (user, path) = await FindOtherAsync(actor, userName, "unlock", cancellationToken);
        AuditLog.Append(db, actor, clock.UtcNow, path, "USER_UNLOCKED", AuditLog.User, user.UserName!);
        user.AccessFailedCount = 0;
        Check(await users.SetLockoutEndDateAsync(user, null));
        return await SummaryAsync(user, cancellationToken);
    }

    /// <summary>Removes the password and issues a new one-time code; the account's sessions and tokens end.</summary>
    public async Task<AccountWithCode> ResetPasswordAsync(AdminActor actor, string? userName, CancellationToken cancellationToken)
    {
        var (user, path) = await FindOtherAsync(actor, userName, "reset the password of", cancellationToken);
        var code = ActivationCodes.Create();
        user.PasswordHash = null;
        user.ActivationCodeHash = ActivationCodes.Hash(code);
        user.ActivationCodeExpiresAt = clock.UtcNow + options.Value.ActivationCodeLifetime;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        AuditLog.Append(db, actor, clock.UtcNow, path, "USER_PASSWORD_RESET", AuditLog.User, user.UserName!);
        Check(await users.UpdateAsync(user));
        await RevokeAsync(user, cancellationToken);
        return new AccountWithCode(await SummaryAsync(user, cancellationToken), code);
    }

    /// <summary>For good: no sign-in, no activation, and every token of the account fails at the API from now on.</summary>
    public async Task<AccountSummary> DeactivateAsync(AdminActor actor, string? userName, CancellationToken cancellationToken)
    {
        var (user, path) = await FindOtherAsync(actor, userName, "deactivate", cancellationToken);
        user.DeactivatedAt = clock.UtcNow;
        user.ActivationCodeHash = null;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        AuditLog.Append(db, actor, clock.UtcNow, path, "USER_DEACTIVATED", AuditLog.User, user.UserName!);
        Check(await users.UpdateAsync(user));
        await RevokeAsync(user, cancellationToken);
        return await SummaryAsync(user, cancellationToken);
    }

    /// <summary>An active account in the actor's subtree other than the actor's own.</summary>
    private async Task<(PlatformUser User, string UnitPath)> FindOtherAsync(AdminActor actor, string? userName, string action, CancellationToken cancellationToken)
    {
        actor.RequireAdmin();
        var user = string.IsNullOrWhiteSpace(userName) ? null : await users.FindByNameAsync(userName.Trim());
        var path = user is null ? null : await db.Units.Where(u => u.Id == user.UnitId).Select(u => u.Path).SingleAsync(cancellationToken);
        actor.RequireInSubtree(path, "User");
        if (user!.Id == actor.Subject)
        {
            throw AdministrationException.NotAuthorized($"An admin cannot {action} its own account.");
        }

        if (user.DeactivatedAt is not null)
        {
            throw AdministrationException.InvalidState($"{action} the account", "DEACTIVATED");
        }

        return (user, path!);
    }

    private async Task RevokeAsync(PlatformUser user, CancellationToken cancellationToken)
    {
        await tokens.RevokeBySubjectAsync(user.Id, cancellationToken);
        await authorizations.RevokeBySubjectAsync(user.Id, cancellationToken);
    }

    private async Task<AccountSummary> SummaryAsync(PlatformUser user, CancellationToken cancellationToken)
    {
        var path = await db.Units.Where(u => u.Id == user.UnitId).Select(u => u.Path).SingleAsync(cancellationToken);
        return new AccountSummary(
            user.Id, user.UserName!, user.DisplayName, user.UnitId, path, [.. (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal)],
            await users.IsLockedOutAsync(user), user.DeactivatedAt is null, user.PasswordHash is not null);
    }

    private static List<string> ValidRoles(IReadOnlyList<string>? requested)
    {
        var granted = (requested ?? []).Select(r => r.Trim().ToLowerInvariant()).Distinct().ToList();
        if (granted.Count == 0 || granted.Any(r => !PlatformRoles.All.Contains(r)))
        {
            throw AdministrationException.Invalid("roles", $"'roles' must name one or more of: {string.Join(", ", PlatformRoles.All)}.");
        }

        return granted;
    }

    private async Task EnsureRolesAsync(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                Check(await roles.CreateAsync(new IdentityRole(name)));
            }
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The user store refused a change: " + string.Join(" ", result.Errors.Select(e => e.Code)));
        }
    }
}

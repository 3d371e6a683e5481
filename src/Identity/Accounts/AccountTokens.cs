using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Identity.Tokens;

namespace Platform.Identity.Accounts;

/// <summary>The token principal of a person, from the account as it is now: unit, roles and the scopes they allow.</summary>
public sealed class AccountTokens(UserManager<PlatformUser> users, PlatformDbContext db)
{
    /// <summary>The API scopes of the account's roles; with <paramref name="openIdConnect"/>, also openid, profile and offline_access.</summary>
    public async Task<IReadOnlyList<string>> AllowedScopesAsync(PlatformUser user, bool openIdConnect)
    {
        var scopes = PlatformRoles.ScopesOf(await users.GetRolesAsync(user));
        return openIdConnect ? [.. scopes, .. PlatformScopes.OpenIdConnect] : scopes;
    }

    public async Task<ClaimsPrincipal> CreateAsync(PlatformUser user, IEnumerable<string> scopes, CancellationToken cancellationToken)
    {
        var roles = await users.GetRolesAsync(user);
        var unitPath = await db.Units.AsNoTracking()
            .Where(u => u.Id == user.UnitId)
            .Select(u => u.Path)
            .SingleAsync(cancellationToken);
        return AccessTokenPrincipal.Create(user.Id, user.DisplayName, user.UnitId, unitPath, roles, scopes);
    }
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using Platform.Data;
using Platform.Identity.Tokens;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Identity.Clients;

/// <summary>
/// The principal a confidential client acts as: its unit (the one it is bound to) and the scopes
/// its permissions allow, narrowed to the requested ones. Shared by the client credentials grant
/// and the Open311 key check, so that a key and a token of the same client see the same rows.
/// </summary>
public static class ClientPrincipals
{
    /// <summary>The principal, or the OAuth error (<c>unauthorized_client</c>, <c>invalid_scope</c>) with its description.</summary>
    public static async Task<(ClaimsPrincipal? Principal, string? Error, string? Description)> CreateAsync(
        IOpenIddictApplicationManager applications, PlatformDbContext db, object application,
        IReadOnlyCollection<string> requestedScopes, CancellationToken cancellationToken)
    {
        var unitPath = ClientProperties.UnitPathOf(await applications.GetPropertiesAsync(application, cancellationToken));
        var unit = unitPath is null
            ? null
            : await db.Units.AsNoTracking()
                .Where(u => u.Path == unitPath)
                .Select(u => new { u.Id, u.Path })
                .SingleOrDefaultAsync(cancellationToken);
        if (unit is null)
        {
            return (null, Errors.UnauthorizedClient, "The client is not bound to a unit.");
        }

        var allowed = (await applications.GetPermissionsAsync(application, cancellationToken))
            .Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[Permissions.Prefixes.Scope.Length..])
            .ToList();
        var scopes = AccessTokenPrincipal.GrantScopes(requestedScopes, allowed);
        if (scopes is null)
        {
            return (null, Errors.InvalidScope, "The client is not allowed the requested scopes.");
        }

        var clientId = await applications.GetClientIdAsync(application, cancellationToken) ?? "";
        var name = await applications.GetDisplayNameAsync(application, cancellationToken) ?? clientId;
        return (AccessTokenPrincipal.Create(clientId, name, unit.Id, unit.Path, roles: [], scopes), null, null);
    }
}

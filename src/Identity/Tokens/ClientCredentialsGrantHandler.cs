using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using Platform.Data;
using Platform.Identity.Clients;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Identity.Tokens;

/// <summary>
/// The client credentials grant for server-to-server integrations. The token server has already
/// authenticated the client; the token acts for the unit the client is bound to.
/// </summary>
public sealed class ClientCredentialsGrantHandler(IOpenIddictApplicationManager applications, PlatformDbContext db)
{
    public async Task<IResult> HandleAsync(OpenIddictRequest request, CancellationToken cancellationToken)
    {
        var application = await applications.FindByClientIdAsync(request.ClientId!, cancellationToken)
            ?? throw new InvalidOperationException("The token server let an unknown client through.");

        var unitPath = ClientProperties.UnitPathOf(await applications.GetPropertiesAsync(application, cancellationToken));
        var unit = unitPath is null
            ? null
            : await db.Units.AsNoTracking()
                .Where(u => u.Path == unitPath)
                .Select(u => new { u.Id, u.Path })
                .SingleOrDefaultAsync(cancellationToken);
        if (unit is null)
        {
            return TokenResults.Error(Errors.UnauthorizedClient, "The client is not bound to a unit.");
        }

        var allowed = (await applications.GetPermissionsAsync(application, cancellationToken))
            .Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[Permissions.Prefixes.Scope.Length..])
            .ToList();
        var scopes = AccessTokenPrincipal.GrantScopes(request.GetScopes(), allowed);
        if (scopes is null)
        {
            return TokenResults.Error(Errors.InvalidScope, "The client is not allowed the requested scopes.");
        }

        var clientId = await applications.GetClientIdAsync(application, cancellationToken) ?? request.ClientId!;
        var name = await applications.GetDisplayNameAsync(application, cancellationToken) ?? clientId;
        return TokenResults.SignIn(AccessTokenPrincipal.Create(clientId, name, unit.Id, unit.Path, roles: [], scopes));
    }
}

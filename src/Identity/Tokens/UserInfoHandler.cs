using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Identity.Tokens;

/// <summary>
/// <c>/connect/userinfo</c>: the claims of the access token's person (the token server has checked
/// the token, including its status). <c>sub</c> always; the name, unit and roles with <c>profile</c>.
/// </summary>
public static class UserInfoHandler
{
    public static async Task<IResult> HandleAsync(HttpContext context)
    {
        var principal = (await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal
            ?? throw new InvalidOperationException("The token server let a userinfo request through without a principal.");

        var claims = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [PlatformClaims.Subject] = principal.GetClaim(Claims.Subject),
        };
        if (principal.HasScope(Scopes.Profile))
        {
            claims[PlatformClaims.Name] = principal.GetClaim(PlatformClaims.Name);
            claims[PlatformClaims.UnitId] = principal.GetClaim(PlatformClaims.UnitId);
            claims[PlatformClaims.UnitPath] = principal.GetClaim(PlatformClaims.UnitPath);
            claims[PlatformClaims.Role] = principal.GetClaims(PlatformClaims.Role);
        }

        return Results.Json(claims);
    }
}

using System.Globalization;
using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Identity.Tokens;

/// <summary>Builds the claims of an access token for the API (DESIGN §7), for a user or a client.</summary>
public static class AccessTokenPrincipal
{
    public static ClaimsPrincipal Create(
        string subject, string name, int unitId, string unitPath, IEnumerable<string> roles, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(
            authenticationType: TokenValidationParameters.DefaultAuthenticationType,
            nameType: PlatformClaims.Name,
            roleType: PlatformClaims.Role);

        identity.SetClaim(PlatformClaims.Subject, subject)
            .SetClaim(PlatformClaims.Name, name)
            .SetClaim(PlatformClaims.UnitId, unitId.ToString(CultureInfo.InvariantCulture))
            .SetClaim(PlatformClaims.UnitPath, unitPath)
            .SetClaims(PlatformClaims.Role, [.. roles]);

        identity.SetScopes(scopes);
        identity.SetAudiences(PlatformClaims.Audience);
        identity.SetResources(PlatformClaims.Audience);

        // The API reads every claim from the access token; an ID token (scope openid) carries the
        // subject, and the profile claims only when the profile scope was granted.
        var profile = identity.HasScope(Scopes.Profile);
        identity.SetDestinations(claim => claim.Type switch
        {
            PlatformClaims.Subject => [Destinations.AccessToken, Destinations.IdentityToken],
            PlatformClaims.Name or PlatformClaims.UnitId or PlatformClaims.UnitPath or PlatformClaims.Role when profile
                => [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
        return new ClaimsPrincipal(identity);
    }

    /// <summary>
    /// The scopes to grant: all <paramref name="allowed"/> ones when none are requested, the
    /// requested ones when all are allowed, and <c>null</c> (invalid_scope) otherwise.
    /// </summary>
    public static IReadOnlyList<string>? GrantScopes(IReadOnlyCollection<string> requested, IReadOnlyCollection<string> allowed)
    {
        if (requested.Count == 0)
        {
            return [.. allowed];
        }

        return requested.All(allowed.Contains) ? [.. requested] : null;
    }
}

using System.Security.Claims;
using OpenIddict.Abstractions;
using Platform.Data;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Identity.Clients;

/// <summary>
/// An API key of the form <c>client_id:client_secret</c>, for protocols that pass a key instead of
/// a token (Open311's <c>api_key</c>). It is checked like the client credentials grant: a
/// confidential, enabled client allowed that grant, with its secret (stored only hashed), acting
/// for its unit with every scope it is allowed. So keys are issued, rotated and disabled with the
/// clients themselves and nothing new is stored.
/// </summary>
public sealed class ClientKeyCheck(IOpenIddictApplicationManager applications, PlatformDbContext db)
{
    /// <summary>Longer keys are refused unread.</summary>
    public const int MaxLength = 512;

    /// <summary>The client's principal when the key is right; otherwise null, whatever was wrong.</summary>
    public async Task<ClaimsPrincipal?> CheckAsync(string? key, CancellationToken cancellationToken)
    {
        var colon = key?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (key is null || key.Length > MaxLength || colon <= 0 || colon == key.Length - 1)
        {
            return null;
        }

        var application = await applications.FindByClientIdAsync(key[..colon], cancellationToken);
        if (application is null
            || !await applications.HasClientTypeAsync(application, ClientTypes.Confidential, cancellationToken)
            || !await applications.HasPermissionAsync(application, Permissions.GrantTypes.ClientCredentials, cancellationToken)
            || ClientProperties.IsDisabled(await applications.GetPropertiesAsync(application, cancellationToken))
            || !await applications.ValidateClientSecretAsync(application, key[(colon + 1)..], cancellationToken))
        {
            return null;
        }

        var (principal, _, _) = await ClientPrincipals.CreateAsync(applications, db, application, [], cancellationToken);

        // The token server writes the granted scopes as the access token's "scope" claim; the API
        // reads them from there, so the principal that stands in for a token carries it too.
        if (principal?.Identity is ClaimsIdentity identity)
        {
            identity.AddClaim(new Claim(PlatformClaims.Scope, string.Join(' ', principal.GetScopes())));
        }

        return principal;
    }
}

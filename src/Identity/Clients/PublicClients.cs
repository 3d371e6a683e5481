using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Identity.Clients;

/// <summary>The registration of a public client (a browser or mobile front end, no secret).</summary>
public static class PublicClients
{
    /// <summary>
    /// Authorization code + PKCE (required) with refresh tokens, sign-out and revocation; every API
    /// scope and openid, profile and offline_access, which the user's roles narrow.
    /// </summary>
    public static OpenIddictApplicationDescriptor Describe(
        string clientId, string displayName, string unitPath,
        IEnumerable<Uri> redirectUris, IEnumerable<Uri> postLogoutRedirectUris, IEnumerable<string> allowedOrigins)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientType = ClientTypes.Public,
            DisplayName = displayName,
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
            Properties =
            {
                [ClientProperties.UnitPath] = ClientProperties.Value(unitPath),
                [ClientProperties.AllowedOrigins] = ClientProperties.Values(allowedOrigins),
            },
        };
        descriptor.RedirectUris.UnionWith(redirectUris);
        descriptor.PostLogoutRedirectUris.UnionWith(postLogoutRedirectUris);
        foreach (var scope in PlatformScopes.All.Concat(PlatformScopes.OpenIdConnect))
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        return descriptor;
    }
}

using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Identity.Clients;

/// <summary>The registration of a confidential client: a server acting for one unit with its own secret.</summary>
public static class ConfidentialClients
{
    /// <summary>Client credentials, introspection and revocation, with <paramref name="scopes"/> (API scopes only).</summary>
    public static OpenIddictApplicationDescriptor Describe(string clientId, string displayName, string unitPath, IEnumerable<string> scopes)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientType = ClientTypes.Confidential,
            DisplayName = displayName,
            Permissions =
            {
                Permissions.Endpoints.Token,
                Permissions.Endpoints.Introspection,
                Permissions.Endpoints.Revocation,
                Permissions.GrantTypes.ClientCredentials,
            },
            Properties = { [ClientProperties.UnitPath] = ClientProperties.Value(unitPath) },
        };
        foreach (var scope in scopes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        return descriptor;
    }
}

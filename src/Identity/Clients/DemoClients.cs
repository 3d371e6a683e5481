using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Identity.Clients;

/// <summary>The demo clients of DESIGN §8.</summary>
public static class DemoClients
{
    public const string Frontend = "demo-frontend";
    public const string Integration = "demo-integration";
    public const string IntegrationSecret = "demo-integration-secret";
    public const string IntegrationUnitPath = "/sh/putuo/";

    public static IReadOnlyList<OpenIddictApplicationDescriptor> All => [CreateFrontend(), CreateIntegration()];

    /// <summary>
    /// A public front end. The password grant is only enabled on the server in Development and
    /// tests; the authorization code permissions are in place for the sign-in page to come.
    /// The user's roles narrow the scopes further.
    /// </summary>
    private static OpenIddictApplicationDescriptor CreateFrontend()
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = Frontend,
            ClientType = ClientTypes.Public,
            DisplayName = "Demo front end",
            Permissions =
            {
                Permissions.Endpoints.Token,
                Permissions.Endpoints.Authorization,
                Permissions.GrantTypes.Password,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        AddScopes(descriptor, PlatformScopes.All);
        return descriptor;
    }

    /// <summary>A server-to-server integration acting for 普陀区.</summary>
    private static OpenIddictApplicationDescriptor CreateIntegration()
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = Integration,
            ClientSecret = IntegrationSecret,
            ClientType = ClientTypes.Confidential,
            DisplayName = "Demo integration",
            Permissions =
            {
                Permissions.Endpoints.Token,
                Permissions.GrantTypes.ClientCredentials,
            },
            Properties = { [ClientProperties.UnitPath] = ClientProperties.Value(IntegrationUnitPath) },
        };
        AddScopes(descriptor, [PlatformScopes.Read, PlatformScopes.SuggestionsSubmit]);
        return descriptor;
    }

    private static void AddScopes(OpenIddictApplicationDescriptor descriptor, IEnumerable<string> scopes)
    {
        foreach (var scope in scopes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }
    }
}

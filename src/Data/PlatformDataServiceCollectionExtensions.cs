using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Platform.Data.Protection;
using Platform.Data.Providers;
using Platform.Data.Tenancy;

namespace Platform.Data;

public static class PlatformDataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store for the configured provider: a pooled context factory bound to
    /// <see cref="ICurrentTenant"/> (which the host must register), and a scoped
    /// <see cref="PlatformDbContext"/> for the identity stores. Every <see cref="IInterceptor"/>
    /// registered in the container is added to the contexts, e.g. to count commands in tests.
    /// </summary>
    public static IServiceCollection AddPlatformData(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        options.SeedDemoData ??= environment.IsDevelopment() || environment.IsEnvironment("Testing");
        services.AddSingleton(options);
        PiiProtection.Configure(configuration, environment);

        switch (options.Provider)
        {
            case var p when p.Equals(DatabaseProviders.Sqlite, StringComparison.OrdinalIgnoreCase):
                var connectionString = configuration.GetConnectionString("Platform")
                    ?? $"Data Source={SqliteFile(options, environment)}";
                services.AddPooledDbContextFactory<SqlitePlatformDbContext>((sp, o) => o
                    .UseSqlite(connectionString)
                    .AddInterceptors([new PiiHashInterceptor(), new CaseIndexInterceptor(), .. sp.GetServices<IInterceptor>()]));
                services.AddSingleton<Func<PlatformDbContext>>(sp =>
                    sp.GetRequiredService<IDbContextFactory<SqlitePlatformDbContext>>().CreateDbContext);
                break;
            case var p when p.Equals(DatabaseProviders.SqlServer, StringComparison.OrdinalIgnoreCase):
                var sqlServer = configuration.GetConnectionString("Platform")
                    ?? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:Platform is not set.");
                services.AddPooledDbContextFactory<SqlServerPlatformDbContext>((sp, o) => o
                    .UseSqlServer(sqlServer, s => s.EnableRetryOnFailure())
                    .AddInterceptors([new PiiHashInterceptor(), new CaseIndexInterceptor(), .. sp.GetServices<IInterceptor>()]));
                services.AddSingleton<Func<PlatformDbContext>>(sp =>
                    sp.GetRequiredService<IDbContextFactory<SqlServerPlatformDbContext>>().CreateDbContext);
                break;
            default:
                throw new InvalidOperationException(
                    $"Database:Provider '{options.Provider}' is not supported; use '{DatabaseProviders.Sqlite}' or '{DatabaseProviders.SqlServer}'.");
        }

        services.AddScoped<IDbContextFactory<PlatformDbContext>, TenantDbContextFactory>();
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContext());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IClock, SystemClock>();
        services.AddTransient<PlatformDatabase>();
        return services;
    }

    private static string SqliteFile(DatabaseOptions options, IHostEnvironment environment)
    {
        var folder = Path.IsPathRooted(options.DataFolder)
            ? options.DataFolder
            : Path.Combine(environment.ContentRootPath, options.DataFolder);
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "platform.db");
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
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
    /// Registers the store for the configured provider: a context factory bound to
    /// <see cref="ICurrentTenant"/> (which the host must register), a scoped
    /// <see cref="PlatformDbContext"/> for the identity stores and <see cref="SystemDbContexts"/> for
    /// the system's own work. The pool behind them is not in the container. Every <see cref="IInterceptor"/>
    /// registered in the container is added to the contexts, e.g. to count commands in tests.
    /// </summary>
    public static IServiceCollection AddPlatformData(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        options.SeedDemoData ??= environment.IsDevelopment() || environment.IsEnvironment("Testing");
        services.AddSingleton(options);
        PiiProtection.Configure(configuration, environment);
        if (options.KeptReadConnections < 0)
        {
            throw new InvalidOperationException(
                $"{DatabaseOptions.Section}:{nameof(DatabaseOptions.KeptReadConnections)} must be 0 or more; it is {options.KeptReadConnections}.");
        }

        switch (options.Provider)
        {
            case var p when p.Equals(DatabaseProviders.Sqlite, StringComparison.OrdinalIgnoreCase):
                var connectionString = configuration.GetConnectionString("Platform")
                    ?? $"Data Source={SqliteFile(options, environment)}";
                SqliteThreading.UseMultiThread();
                Action<DbContextOptionsBuilder<SqlitePlatformDbContext>> sqlite = o => o.UseSqlite(connectionString, SqlitePlatformDbContext.Configure);
                var sqliteModel = ModelBuild.Start(sqlite, o => new SqlitePlatformDbContext(o));
                services.AddSingleton(sp => new SystemDbContexts(() => Pool<SqlitePlatformDbContext>(
                    sp,
                    o => sqlite(o.AddInterceptors(new SqliteBusyTimeout())),
                    sqliteModel,
                    options.KeptReadConnections > 0 ? (connectionString, options.KeptReadConnections) : null)));
                break;
            case var p when p.Equals(DatabaseProviders.SqlServer, StringComparison.OrdinalIgnoreCase):
                var sqlServer = configuration.GetConnectionString("Platform")
                    ?? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:Platform is not set.");
                Action<DbContextOptionsBuilder<SqlServerPlatformDbContext>> server = o => o.UseSqlServer(sqlServer, s => s.EnableRetryOnFailure());
                var serverModel = ModelBuild.Start(server, o => new SqlServerPlatformDbContext(o));
                services.AddSingleton(sp => new SystemDbContexts(() => Pool(sp, server, serverModel)));
                break;
            default:
                throw new InvalidOperationException(
                    $"Database:Provider '{options.Provider}' is not supported; use '{DatabaseProviders.Sqlite}' or '{DatabaseProviders.SqlServer}'.");
        }

        services.AddScoped<IDbContextFactory<PlatformDbContext>, TenantDbContextFactory>();
        services.AddScoped<TenantReadContexts>();
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContext());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IClock, SystemClock>();
        services.AddTransient<PlatformDatabase>();
        services.AddSingleton<PlatformStartup>();
        services.AddHostedService<SearchIndexRebuilder>();
        services.AddHostedService<CaseWalkEstimator>();
        return services;
    }

    /// <param name="keptReads">
    /// On SQLite, the connection string of the read path's kept connections and how many to keep (see <see cref="SqliteReadContexts"/>);
    /// their statement cache comes last among the interceptors, after any a test registers.
    /// </param>
    /// <param name="model">The model, built since the provider was configured (<see cref="ModelBuild"/>); both pools use it.</param>
    private static SystemDbContexts.Pools Pool<TContext>(
        IServiceProvider services, Action<DbContextOptionsBuilder<TContext>> provider, Task<IModel> model, (string ConnectionString, int Most)? keptReads = null)
        where TContext : PlatformDbContext
    {
        var options = new DbContextOptionsBuilder<TContext>();
        provider(options);
        options.UseModel(model.GetAwaiter().GetResult());
        options.AddInterceptors([new PiiHashInterceptor(), new CaseIndexInterceptor(), .. services.GetServices<IInterceptor>()]);
        var statements = keptReads is null ? null : new SqliteStatementCache();
        if (statements is not null)
        {
            options.AddInterceptors(statements);
        }

        var pool = new PooledDbContextFactory<TContext>(options.Options);
        var reads = statements is null
            ? null
            : new SqliteReadContexts(new PooledDbContextFactory<TContext>(ReadOptions(options)).CreateDbContext, keptReads!.Value.ConnectionString, statements, keptReads.Value.Most);
        return new SystemDbContexts.Pools(pool.CreateDbContext, reads);
    }

    /// <summary>
    /// The read pool's options: the others', without EF Core's check that a context serves one
    /// operation at a time. Each read context is used by one batch at a time (the request's reads
    /// take turns), and the check costs two <see cref="AsyncLocal{T}"/> writes per row read. The
    /// setting gives the pool EF Core services of its own; the model is the other pool's.
    /// </summary>
    private static DbContextOptions<TContext> ReadOptions<TContext>(DbContextOptionsBuilder<TContext> options)
        where TContext : PlatformDbContext =>
        new DbContextOptionsBuilder<TContext>(options.Options)
            .EnableThreadSafetyChecks(false)
            .Options;

    private static string SqliteFile(DatabaseOptions options, IHostEnvironment environment)
    {
        var folder = Path.IsPathRooted(options.DataFolder)
            ? options.DataFolder
            : Path.Combine(environment.ContentRootPath, options.DataFolder);
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "platform.db");
    }
}

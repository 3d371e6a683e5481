using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Platform.Data;

namespace Platform.Api.Operations.Health;

/// <summary>
/// <c>/health/live</c> (the process answers; no check) and <c>/health/ready</c> (the database
/// answers a query, every migration is applied, the token keys are loaded): 200 when healthy,
/// 503 otherwise. Both are anonymous and exempt from rate limits, for probes and load balancers.
/// While start-up runs, <c>StartupGate</c> answers both itself.
/// </summary>
public static class HealthRegistration
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";

    /// <summary>The path prefix shared by the probes, which rate limits leave alone.</summary>
    public static readonly PathString Prefix = "/health";

    private const string Ready = "ready";

    internal static void AddPlatformHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            // A real read rather than "can connect": on SQLite that only asks whether the file exists.
            .AddDbContextCheck<PlatformDbContext>("database", tags: [Ready], customTestQuery: async (db, cancellationToken) =>
            {
                await db.Units.AsNoTracking().AnyAsync(cancellationToken);
                return true;
            })
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [Ready])
            .AddCheck<SigningKeysHealthCheck>("signing-keys", tags: [Ready]);
    }

    /// <summary>Maps the two probe endpoints.</summary>
    public static IEndpointRouteBuilder MapPlatformHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthReportWriter.WriteAsync })
            .AllowAnonymous()
            .DisableRateLimiting();
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = HealthReportWriter.WriteAsync })
            .AllowAnonymous()
            .DisableRateLimiting();
        return endpoints;
    }
}

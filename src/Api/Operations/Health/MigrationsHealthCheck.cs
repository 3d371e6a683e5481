using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Data;
using Platform.Data.Tenancy;

namespace Platform.Api.Operations.Health;

/// <summary>Ready only when the database has every migration this build knows, whoever applied them.</summary>
internal sealed class MigrationsHealthCheck(SystemDbContexts contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.Unscoped();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        return pending == 0
            ? HealthCheckResult.Healthy("All migrations are applied.")
            : HealthCheckResult.Unhealthy($"{pending} migration(s) are not applied.");
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Data.Seeding;
using Platform.Data.Tenancy;

namespace Platform.Data;

/// <summary>Brings the database to the current migration and fills an empty one with demo data.</summary>
public sealed class PlatformDatabase(
    Func<PlatformDbContext> contexts, DatabaseOptions options, IClock clock, ILogger<PlatformDatabase> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts();
        db.Tenant = TenantScope.None;
        if (options.MigrateOnStartup)
        {
            logger.LogInformation("Applying migrations ({Provider})", db.Database.ProviderName);
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (options.SeedDemoData == true && !await db.Units.AnyAsync(cancellationToken))
        {
            logger.LogInformation("Empty database: inserting demo data");
            await DemoDataSeeder.SeedAsync(db, clock.UtcNow, cancellationToken);
        }
    }
}

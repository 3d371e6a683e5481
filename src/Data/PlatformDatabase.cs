using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.Data.Seeding;
using Platform.Data.Tenancy;

namespace Platform.Data;

/// <summary>
/// Brings the database to the current migration and fills an empty one with demo data, so that
/// a start after a crash, or two replicas starting at once, end with the same complete database.
/// </summary>
public sealed class PlatformDatabase(
    SystemDbContexts contexts, DatabaseOptions options, IClock clock, TimeProvider time, ILogger<PlatformDatabase> logger)
{
    /// <summary>Migrates, then seeds the demo data through a context of its own.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await MigrateAsync(cancellationToken);
        await using var db = contexts.Unscoped();
        await SeedDemoDataAsync(db, alsoSeed: null, cancellationToken);
    }

    /// <summary>
    /// Applies pending migrations when <see cref="DatabaseOptions.MigrateOnStartup"/> is on. With
    /// nothing pending, <c>Migrate()</c> and its lock are skipped; otherwise a lock left by a
    /// killed process is cleared first (<see cref="DatabaseOptions.MigrationLockTimeout"/>).
    /// </summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (!options.MigrateOnStartup)
        {
            return;
        }

        await using var db = contexts.Unscoped();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        if (pending == 0)
        {
            logger.LogInformation("The database is up to date ({Provider})", db.Database.ProviderName);
            return;
        }

        await SqliteMigrationLock.ClearIfStaleAsync(db, options.MigrationLockTimeout, time, logger, cancellationToken);
        logger.LogInformation("Applying {Count} migrations ({Provider})", pending, db.Database.ProviderName);
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>
    /// When <see cref="DatabaseOptions.SeedDemoData"/> is on, fills an empty database with the demo
    /// data and then runs <paramref name="alsoSeed"/> (the demo accounts and clients), all in one
    /// serializable transaction on <paramref name="db"/>: a crash part-way leaves the database as
    /// it was, and the next start seeds it again. Replicas starting together take turns (SQLite
    /// begins the transaction IMMEDIATE; on SQL Server the loser of the deadlock is retried by the
    /// execution strategy), and the later ones find the data there. <paramref name="alsoSeed"/>
    /// must write through <paramref name="db"/> to be part of the transaction.
    /// </summary>
    public async Task SeedDemoDataAsync(
        PlatformDbContext db, Func<CancellationToken, Task>? alsoSeed, CancellationToken cancellationToken = default)
    {
        if (options.SeedDemoData != true)
        {
            return;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, token);
            if (!await db.Units.AnyAsync(token))
            {
                logger.LogInformation("Empty database: inserting demo data");
                await DemoDataSeeder.SeedAsync(db, clock.UtcNow, token);
            }

            if (alsoSeed is not null)
            {
                await alsoSeed(token);
            }

            await transaction.CommitAsync(token);
        }, cancellationToken);
    }
}

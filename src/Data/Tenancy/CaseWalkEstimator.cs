using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Platform.Data.Tenancy;

/// <summary>
/// Keeps <see cref="CaseWalk.TableRows"/> up to date on SQLite, the only provider that walks: the
/// largest case id, read at start-up and then every <see cref="Every"/>, in the background and never
/// on a request's path. Until the first read no page walks.
/// </summary>
internal sealed class CaseWalkEstimator(SystemDbContexts contexts, PlatformStartup startup, ILogger<CaseWalkEstimator> logger)
    : BackgroundService
{
    /// <summary>The tag that starts the estimator's command, so that command logs can tell it from a request's.</summary>
    public const string Tag = "Case walk: table size";

    public static readonly TimeSpan Every = TimeSpan.FromMinutes(10);

    /// <summary>Reads the table's size once.</summary>
    public async Task RefreshAsync(CancellationToken ct)
    {
        await using var db = contexts.Unscoped();
        if (!db.Database.IsSqlite())
        {
            return;
        }

        // Only the largest id is read: no record's content crosses the tenant filter.
        contexts.CaseWalk.TableRows = await db.Cases.IgnoreQueryFilters([PlatformDbContext.TenantFilter])
            .TagWith(Tag)
            .MaxAsync(c => (long?)c.Id, ct) ?? 0;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await startup.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(Every);
        do
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The last estimate stays; wide pages keep their choice until the next read.
                logger.LogWarning(exception, "Reading the number of cases failed; trying again in {Minutes} min", Every.TotalMinutes);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

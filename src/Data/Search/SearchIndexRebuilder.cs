using System.Data;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.Data.Entities;
using Platform.Data.Tenancy;

namespace Platform.Data;

/// <summary>
/// Builds the search index rows of the cases queued in <see cref="CaseIndexBacklog"/> — every case
/// that existed when the migration changed the index's shape — from all their texts, in batches
/// of <see cref="BatchSize"/> cases in the background after start-up, logging its progress. Search
/// finds the cases already done meanwhile. Each batch deletes and writes a case's rows and takes
/// it off the queue in one serializable transaction, so a note saved meanwhile is either read or
/// makes the batch fail and run again, and a stopped rebuild resumes where it was at the next
/// start. Replicas may run it together: a case done twice is done the same way.
/// </summary>
internal sealed class SearchIndexRebuilder(SystemDbContexts contexts, PlatformStartup startup, ILogger<SearchIndexRebuilder> logger)
    : BackgroundService
{
    public const int BatchSize = 500;

    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(10);

    /// <summary>Rebuilds one batch; returns how many cases it took off the queue (0 when it is empty).</summary>
    public async Task<int> RebuildBatchAsync(CancellationToken ct)
    {
        await using var db = contexts.Unscoped();
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
            var ids = await db.CaseIndexBacklog.OrderBy(b => b.CaseId).Select(b => b.CaseId).Take(BatchSize).ToListAsync(ct);
            if (ids.Count == 0)
            {
                return 0;
            }

            var cases = await db.Cases.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).AsNoTracking()
                .Where(c => ids.Contains(c.Id))
                .Select(c => new { c.Id, c.OwnerPath, c.RegisteredAt, Text = c.Title + "\n" + c.Description })
                .ToListAsync(ct);
            var notes = (await db.CaseEvents.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).AsNoTracking()
                    .Where(e => ids.Contains(e.CaseId) && e.Note != null)
                    .Select(e => new { e.CaseId, e.Note })
                    .ToListAsync(ct))
                .ToLookup(e => e.CaseId, e => e.Note);
            await db.CaseTerms.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).Where(t => ids.Contains(t.CaseId)).ExecuteDeleteAsync(ct);
            foreach (var c in cases)
            {
                foreach (var (term, count) in CaseTerms.CountAll(notes[c.Id].Prepend(c.Text)))
                {
                    db.CaseTerms.Add(new CaseTerm { CaseId = c.Id, Term = term, Count = count, OwnerPath = c.OwnerPath, RegisteredAt = c.RegisteredAt });
                }
            }

            await db.SaveChangesAsync(ct);
            await db.CaseIndexBacklog.Where(b => ids.Contains(b.CaseId)).ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
            return ids.Count;
        });
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await startup.WaitAsync(stoppingToken);
        try
        {
            int remaining;
            await using (var db = contexts.Unscoped())
            {
                remaining = await db.CaseIndexBacklog.CountAsync(stoppingToken);
            }

            if (remaining == 0)
            {
                return;
            }

            logger.LogInformation("Rebuilding the search index of {Cases} cases in the background", remaining);
            var clock = Stopwatch.StartNew();
            var (done, reported) = (0, TimeSpan.Zero);
            for (var batch = await RebuildBatchAsync(stoppingToken); batch > 0; batch = await RebuildBatchAsync(stoppingToken))
            {
                done += batch;
                if (clock.Elapsed - reported >= ProgressEvery)
                {
                    reported = clock.Elapsed;
                    logger.LogInformation("Search index: {Done} of {Cases} cases rebuilt", done, remaining);
                }
            }

            logger.LogInformation("Search index rebuilt: {Done} cases in {Seconds:F0} s", done, clock.Elapsed.TotalSeconds);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The queue keeps what is left; the next start goes on with it.
            logger.LogError(exception, "Rebuilding the search index failed; it resumes at the next start");
        }
    }
}

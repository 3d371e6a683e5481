using Microsoft.EntityFrameworkCore;
using Platform.Data;

namespace Platform.Workflow.Common;

/// <summary>
/// Opens the unit of work of one workflow call and turns a lost race on a versioned row into the
/// domain error the caller can act on (CONCURRENCY_CONFLICT with the version now stored).
/// </summary>
public sealed class ChangeRunner(IDbContextFactory<PlatformDbContext> contexts, IClock clock)
{
    public async Task<T> RunAsync<T>(Actor actor, Func<Change, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // The tenant filter and the permission checks must speak of the same unit.
        if (db.Tenant.Path != actor.Scope.Path)
        {
            throw new InvalidOperationException("The context's tenant scope is not the actor's scope.");
        }

        try
        {
            return await work(new Change(actor, db, clock.UtcNow, cancellationToken));
        }
        catch (DbUpdateConcurrencyException conflict)
        {
            throw await ConflictAsync(conflict, cancellationToken);
        }
    }

    /// <summary>Another change saved the same object between our read and our write: the error naming its version now.</summary>
    public static async Task<ConcurrencyConflictException> ConflictAsync(DbUpdateConcurrencyException conflict, CancellationToken cancellationToken)
    {
        var entry = conflict.Entries.FirstOrDefault();
        var current = entry is null ? null : await entry.GetDatabaseValuesAsync(cancellationToken);
        return new ConcurrencyConflictException(current?.TryGetValue<int>("Version", out var v) == true ? v : 0);
    }
}

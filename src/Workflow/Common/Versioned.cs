using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;

namespace Platform.Workflow.Common;

/// <summary>
/// The one way to change a versioned object (case, session, workroom, campaign, suggestion): load
/// it through the tenant filter at the version the caller read, change it, bump the version and save.
/// </summary>
public static class Versioned
{
    /// <summary>
    /// The object, tracked: NOT_FOUND (naming <paramref name="what"/>) when no visible object has
    /// <paramref name="key"/>; CONCURRENCY_CONFLICT when its version moved on.
    /// </summary>
    public static async Task<T> LoadAsync<T>(Change change, int key, int version, string what)
        where T : class, IVersioned
    {
        var entity = await change.Db.Set<T>().SingleOrDefaultAsync(e => EF.Property<int>(e, "Id") == key, change.CancellationToken)
            ?? throw new NotFoundException(what);
        if (entity.Version != version)
        {
            throw new ConcurrencyConflictException(entity.Version);
        }

        return entity;
    }

    /// <summary>
    /// Bumps the version and saves everything tracked in one transaction. The version the object
    /// was read at is the concurrency token, so a concurrent save makes this one fail whole.
    /// </summary>
    public static async Task<int> SaveAsync<T>(Change change, T entity)
        where T : class, IVersioned
    {
        entity.Version++;
        await change.SaveAsync();
        return entity.Id;
    }
}

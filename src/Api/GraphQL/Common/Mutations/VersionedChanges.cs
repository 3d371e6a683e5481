using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Common.Mutations;

/// <summary>Loading a versioned object for a change: through the tenant filter, at the version the caller read.</summary>
public static class VersionedChanges
{
    /// <summary>
    /// The object, tracked: NOT_FOUND when <paramref name="id"/> is not an id of <paramref name="typeName"/>
    /// or the caller cannot see it; CONCURRENCY_CONFLICT when its version moved on.
    /// </summary>
    public static async Task<T> LoadAsync<T>(MutationContext mutation, string? id, string typeName, int version, string what)
        where T : class, IVersioned
    {
        var key = GlobalId.DecodeKey(id, typeName) ?? throw new NotFoundException(what);
        var entity = await mutation.Db.Set<T>().SingleOrDefaultAsync(e => EF.Property<int>(e, "Id") == key, mutation.CancellationToken)
            ?? throw new NotFoundException(what);
        if (entity.Version != version)
        {
            throw new ConcurrencyConflictException(entity.Version);
        }

        return entity;
    }

    /// <summary>Bumps the version and saves everything tracked in one transaction; a concurrent save makes this one fail whole.</summary>
    public static async Task<int> SaveAsync<T>(MutationContext mutation, T entity)
        where T : class, IVersioned
    {
        entity.Version++;
        await mutation.Db.SaveChangesAsync(mutation.CancellationToken);
        return entity.Id;
    }
}

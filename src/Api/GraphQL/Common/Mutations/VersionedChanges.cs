using Platform.Api.GraphQL.Common.Relay;
using Platform.Data.Entities;
using Platform.Workflow.Common;

namespace Platform.Api.GraphQL.Common.Mutations;

/// <summary><see cref="Versioned"/> for mutations written against a <see cref="MutationContext"/>, taking the client's node id.</summary>
public static class VersionedChanges
{
    /// <summary>The object, tracked: NOT_FOUND when <paramref name="id"/> is not a visible <paramref name="typeName"/>; CONCURRENCY_CONFLICT when its version moved on.</summary>
    public static Task<T> LoadAsync<T>(MutationContext mutation, string? id, string typeName, int version, string what)
        where T : class, IVersioned =>
        Versioned.LoadAsync<T>(mutation.Change, GlobalId.DecodeKey(id, typeName) ?? 0, version, what);

    public static Task<int> SaveAsync<T>(MutationContext mutation, T entity)
        where T : class, IVersioned => Versioned.SaveAsync(mutation.Change, entity);
}

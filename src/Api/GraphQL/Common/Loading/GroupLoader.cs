using GraphQL.DataLoader;

namespace Platform.Api.GraphQL.Common.Loading;

/// <summary>
/// Loads the list of children of each key (e.g. the events of each case), fetching all keys requested
/// at one level of a query in one call. Create one per request (see <see cref="DataLoaderScope"/>).
/// </summary>
public sealed class GroupLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly KeyBatcher<TKey, ILookup<TKey, TValue>> _batcher;

    /// <param name="fetch">Returns the children of the given distinct keys, grouped by key; a key without children loads as an empty list.</param>
    /// <param name="comparer">Key equality, if not the default; it should match the lookup's.</param>
    public GroupLoader(
        Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch,
        IEqualityComparer<TKey>? comparer = null)
    {
        _batcher = new KeyBatcher<TKey, ILookup<TKey, TValue>>(fetch, comparer);
    }

    /// <summary>Queues <paramref name="key"/> for the next fetch; the result resolves when the batch runs.</summary>
    public IDataLoaderResult<IReadOnlyList<TValue>> Load(TKey key) => new KeyResult(_batcher.Enlist(key), key);

    // One object per key, and one state machine when awaited: no delegates per key.
    private sealed class KeyResult(KeyBatcher<TKey, ILookup<TKey, TValue>>.Batch batch, TKey key) : IDataLoaderResult<IReadOnlyList<TValue>>
    {
        public async Task<IReadOnlyList<TValue>> GetResultAsync(CancellationToken cancellationToken = default) =>
            Of(await batch.GetResultAsync(cancellationToken).ConfigureAwait(false));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            Of(await batch.GetResultAsync(cancellationToken).ConfigureAwait(false));

        // A group of RowGroups is its own array; any other lookup's is copied.
        private TValue[] Of(ILookup<TKey, TValue> groups) => groups[key] switch
        {
            TValue[] exact => exact,
            var group => [.. group],
        };
    }
}

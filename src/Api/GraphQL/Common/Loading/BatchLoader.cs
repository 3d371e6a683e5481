using GraphQL.DataLoader;

namespace Platform.Api.GraphQL.Common.Loading;

/// <summary>
/// Loads one value per key, fetching all keys requested at one level of a query in one call.
/// Create one per request (see <see cref="DataLoaderScope"/>): it caches what it has fetched.
/// </summary>
/// <example>
/// <code>
/// var units = context.RequestServices!.GetRequiredService&lt;DataLoaderScope&gt;()
///     .GetOrAdd("UnitById", () => new BatchLoader&lt;Guid, UnitDto&gt;(unitRepository.GetByIdsAsync));
/// return units.Load(context.Source.UnitId);
/// </code>
/// </example>
public sealed class BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly KeyBatcher<TKey, IReadOnlyDictionary<TKey, TValue>> _batcher;

    /// <param name="fetch">Returns the values found for the given distinct keys; missing keys load as <see langword="null"/>/default.</param>
    /// <param name="comparer">Key equality, if not the default.</param>
    public BatchLoader(
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        IEqualityComparer<TKey>? comparer = null)
    {
        _batcher = new KeyBatcher<TKey, IReadOnlyDictionary<TKey, TValue>>(fetch, comparer);
    }

    /// <summary>
    /// Queues <paramref name="key"/> for the next fetch; the result resolves when the batch runs. A key
    /// fetched before (by another field of the request, say) loads as a known value
    /// (<see cref="LoaderResults.TryGetKnown{T}"/>), which a resolver can return without a pending node.
    /// </summary>
    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        var batch = _batcher.Enlist(key);
        return batch.TryGetFetched(out var fetched)
            ? LoaderResults.Value(fetched.TryGetValue(key, out var value) ? value : default)
            : new KeyResult(batch, key);
    }

    // One object per key, and one state machine when awaited: no delegates per key.
    private sealed class KeyResult(KeyBatcher<TKey, IReadOnlyDictionary<TKey, TValue>>.Batch batch, TKey key) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) =>
            (await batch.GetResultAsync(cancellationToken).ConfigureAwait(false)).TryGetValue(key, out var value) ? value : default;

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            (await batch.GetResultAsync(cancellationToken).ConfigureAwait(false)).TryGetValue(key, out var value) ? value : default;
    }
}

namespace Platform.Api.GraphQL.Common.Loading;

/// <summary>
/// The batching shared by <see cref="BatchLoader{TKey, TValue}"/> and <see cref="GroupLoader{TKey, TValue}"/>:
/// keys requested before a dispatch join one pending batch; the first waiter that asks for a result
/// dispatches that batch with a single fetch; keys requested afterwards start a new batch. Every key
/// stays bound to its batch for the loader's lifetime, which is what caches results per request.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TFetched">What one fetch returns for a whole batch (a dictionary or a lookup).</typeparam>
internal sealed class KeyBatcher<TKey, TFetched>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<TFetched>> _fetch;
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Batch> _batchByKey;
    private Batch? _pending;

    public KeyBatcher(Func<IReadOnlyList<TKey>, CancellationToken, Task<TFetched>> fetch, IEqualityComparer<TKey>? comparer)
    {
        _fetch = fetch ?? throw new ArgumentNullException(nameof(fetch));
        _batchByKey = new Dictionary<TKey, Batch>(comparer);
    }

    /// <summary>The batch holding <paramref name="key"/>; its <see cref="Batch.GetResultAsync"/> dispatches it if needed.</summary>
    public Batch Enlist(TKey key)
    {
        lock (_gate)
        {
            if (!_batchByKey.TryGetValue(key, out var batch))
            {
                batch = _pending ??= new Batch(this);
                batch.Keys.Add(key);
                _batchByKey.Add(key, batch);
            }

            return batch;
        }
    }

    private IReadOnlyList<TKey>? Detach(Batch batch)
    {
        lock (_gate)
        {
            if (batch.Dispatched)
                return null;

            batch.Dispatched = true;
            if (ReferenceEquals(_pending, batch))
                _pending = null;

            return batch.Keys.ToArray();
        }
    }

    internal sealed class Batch(KeyBatcher<TKey, TFetched> owner)
    {
        private readonly TaskCompletionSource<TFetched> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

        // Both guarded by the owner's lock.
        public List<TKey> Keys { get; } = [];

        public bool Dispatched { get; set; }

        /// <summary>What the batch fetched, once its fetch has completed without failing; a key bound to it then needs no waiting.</summary>
        public bool TryGetFetched([System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TFetched fetched)
        {
            var task = _completion.Task;
            fetched = task.IsCompletedSuccessfully ? task.Result : default;
            return task.IsCompletedSuccessfully;
        }

        public Task<TFetched> GetResultAsync(CancellationToken cancellationToken)
        {
            if (owner.Detach(this) is { } keys)
                _ = FetchAsync(keys, cancellationToken);

            return _completion.Task;
        }

        private async Task FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
        {
            try
            {
                _completion.TrySetResult(await owner._fetch(keys, cancellationToken).ConfigureAwait(false));
            }
            catch (OperationCanceledException ex)
            {
                _completion.TrySetCanceled(ex.CancellationToken);
            }
            catch (Exception ex)
            {
                _completion.TrySetException(ex);
            }
        }
    }
}

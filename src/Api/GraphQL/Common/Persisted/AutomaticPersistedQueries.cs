using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Platform.Api.GraphQL.Common.Persisted;

/// <summary>
/// Documents registered by Apollo's automatic persisted queries, keyed by their hash and bounded by
/// <see cref="PersistedOperationsOptions.AutomaticStoreSize"/>. Kept per process: a replica that
/// has not seen a hash answers <c>PERSISTED_QUERY_NOT_FOUND</c> and the client sends the text once more.
/// </summary>
public sealed class AutomaticPersistedQueries : IDisposable
{
    private readonly MemoryCache _documents;

    public AutomaticPersistedQueries(IOptions<PersistedOperationsOptions> options)
    {
        _documents = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(options.Value.AutomaticStoreSize, 1) });
    }

    public long Count => _documents.Count;

    public string? Find(string sha256) => _documents.TryGetValue(sha256.ToLowerInvariant(), out string? text) ? text : null;

    public void Store(string sha256, string text) =>
        _documents.Set(sha256.ToLowerInvariant(), text, new MemoryCacheEntryOptions { Size = Math.Max(text.Length, 1) });

    public void Dispose() => _documents.Dispose();
}

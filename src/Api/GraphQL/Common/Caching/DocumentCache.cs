using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Platform.Api.GraphQL.Common.Caching;

/// <summary>
/// Keeps documents that parsed and validated, keyed by schema and query text, so that a repeated
/// query skips both steps. A cached document is still checked by
/// <see cref="ExecutionOptions.CachedDocumentValidationRules"/> (the depth and complexity limits,
/// the GET-is-read-only rule), which depend on the request rather than on the text alone.
/// </summary>
public sealed class DocumentCache : IConfigureExecution, IDisposable
{
    private readonly MemoryCache _documents;

    public DocumentCache(IOptions<DocumentCacheOptions> options)
    {
        _documents = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.DocumentCacheSize });
    }

    /// <summary>
    /// After the validation rules have been added to the options (100) so that a hit can swap in the
    /// cached-document rules, and before execution proper.
    /// </summary>
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        // Requests that arrive pre-parsed or by document id are not ours to cache.
        if (options.Document is not null || options.Query is null || options.DocumentId is not null)
            return await next(options).ConfigureAwait(false);

        var key = new CacheKey(options.Schema?.GetType(), options.Query);
        if (_documents.TryGetValue(key, out GraphQLDocument? cached) && cached is not null)
        {
            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            return await next(options).ConfigureAwait(false);
        }

        var result = await next(options).ConfigureAwait(false);

        // Executed is set only once validation passed, so invalid documents are never kept.
        if (result.Executed && result.Document is not null)
        {
            _documents.Set(key, result.Document, new MemoryCacheEntryOptions { Size = Math.Max(options.Query.Length, 1) });
        }

        return result;
    }

    /// <summary>Number of documents held; for tests and diagnostics.</summary>
    public long Count => _documents.Count;

    public void Dispose() => _documents.Dispose();

    private readonly record struct CacheKey(Type? SchemaType, string Query);
}

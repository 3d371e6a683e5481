namespace Platform.Api.GraphQL.Common.Caching;

/// <summary>Bounds the parsed-document cache, bound from the <c>GraphQL</c> configuration section.</summary>
public sealed class DocumentCacheOptions
{
    /// <summary>
    /// Total length, in characters, of the query texts kept. A parsed document takes roughly ten
    /// times its text, so the default of one million keeps the cache near 10 MB.
    /// </summary>
    public long DocumentCacheSize { get; set; } = 1_000_000;
}

namespace Platform.Api.GraphQL.Common.Persisted;

/// <summary>
/// Persisted operations, bound from <c>GraphQL:PersistedOperations</c>: trusted documents loaded at
/// start, Apollo's automatic persisted queries, and whether ad-hoc documents are accepted at all.
/// </summary>
public sealed class PersistedOperationsOptions
{
    public const string SectionName = "GraphQL:PersistedOperations";

    /// <summary>
    /// A folder of <c>*.graphql</c> files, each a trusted document whose id is its file name without
    /// the extension. Relative paths start at the content root. Empty: no folder.
    /// </summary>
    public string? Folder { get; set; }

    /// <summary>
    /// A JSON manifest of trusted documents: <c>{ "id": "document", … }</c> as Relay and
    /// graphql-codegen write it, or Apollo's <c>apollo-persisted-query-manifest</c>. Relative paths
    /// start at the content root. Empty: no manifest.
    /// </summary>
    public string? Manifest { get; set; }

    /// <summary>
    /// Refuse every document that is not trusted (<c>PERSISTED_QUERY_REQUIRED</c>), and every
    /// automatic registration of a new one. Off by default: a deployment turns it on once its front
    /// ends ship their manifests (README, Persisted operations).
    /// </summary>
    public bool TrustedOnly { get; set; }

    /// <summary>Accept Apollo's automatic persisted queries (<c>extensions.persistedQuery</c>).</summary>
    public bool AutomaticPersistedQueries { get; set; } = true;

    /// <summary>
    /// Total length, in characters, of the documents registered automatically and kept in memory;
    /// the least recently used go first. A client that meets an evicted one sends its text again.
    /// </summary>
    public long AutomaticStoreSize { get; set; } = 1_000_000;
}

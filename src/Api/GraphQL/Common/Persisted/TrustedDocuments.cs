using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Platform.Api.GraphQL.Common.Persisted;

/// <summary>
/// The trusted documents, read once at start from <see cref="PersistedOperationsOptions.Folder"/>
/// and <see cref="PersistedOperationsOptions.Manifest"/>. Each is found by its id and by the
/// SHA-256 of its text, so that Apollo's hash of a trusted document names it too.
/// </summary>
public sealed class TrustedDocuments
{
    private readonly FrozenDictionary<string, string> _byId;
    private readonly FrozenDictionary<string, string> _byHash;

    public TrustedDocuments(IOptions<PersistedOperationsOptions> options, IHostEnvironment environment)
    {
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(options.Value.Folder))
            ReadFolder(Path.Combine(environment.ContentRootPath, options.Value.Folder), documents);
        if (!string.IsNullOrWhiteSpace(options.Value.Manifest))
            ReadManifest(Path.Combine(environment.ContentRootPath, options.Value.Manifest), documents);

        _byId = documents.ToFrozenDictionary(StringComparer.Ordinal);
        _byHash = documents.Values.Distinct().ToFrozenDictionary(DocumentHash.Of, text => text, StringComparer.Ordinal);
    }

    public int Count => _byId.Count;

    /// <summary>The document a persisted-operation id names: its own id, or <c>sha256:</c> and the hash of its text.</summary>
    public string? FindById(string id) =>
        _byId.TryGetValue(id, out var text) ? text
        : id.StartsWith(DocumentHash.Sha256Prefix, StringComparison.Ordinal) ? FindByHash(id[DocumentHash.Sha256Prefix.Length..])
        : null;

    public string? FindByHash(string sha256) => _byHash.GetValueOrDefault(sha256.ToLowerInvariant());

    public bool IsTrusted(string text) => _byHash.ContainsKey(DocumentHash.Of(text));

    private static void ReadFolder(string folder, Dictionary<string, string> documents)
    {
        if (!Directory.Exists(folder))
            throw new InvalidOperationException($"GraphQL:PersistedOperations:Folder names no folder: {folder}");

        foreach (var file in Directory.EnumerateFiles(folder, "*.graphql", SearchOption.TopDirectoryOnly))
            documents[Path.GetFileNameWithoutExtension(file)] = File.ReadAllText(file);
    }

    // { "id": "text" } (Relay, graphql-codegen) or { "format": "apollo-persisted-query-manifest", "operations": [{ "id", "body" }] }.
    private static void ReadManifest(string path, Dictionary<string, string> documents)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        if (root.TryGetProperty("format", out var format) && format.GetString() == "apollo-persisted-query-manifest")
        {
            foreach (var operation in root.GetProperty("operations").EnumerateArray())
                documents[operation.GetProperty("id").GetString()!] = operation.GetProperty("body").GetString()!;
            return;
        }

        foreach (var entry in root.EnumerateObject())
            documents[entry.Name] = entry.Value.GetString()
                ?? throw new InvalidOperationException($"The manifest {path} has no document for the id {entry.Name}.");
    }
}

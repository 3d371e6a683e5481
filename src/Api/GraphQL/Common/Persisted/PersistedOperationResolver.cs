using GraphQL;
using GraphQL.DI;
using Microsoft.Extensions.Options;

namespace Platform.Api.GraphQL.Common.Persisted;

/// <summary>
/// Turns a persisted operation into its text before anything else looks at the request: a trusted
/// document by <c>id</c>/<c>documentId</c>, or an automatic persisted query by
/// <c>extensions.persistedQuery.sha256Hash</c> (stored once its text has validated). The text then
/// goes the way every document goes: parsed once and kept by the document cache, and bounded by the
/// limits on every request, so a persisted document skips parsing but never the limits.
/// </summary>
public sealed class PersistedOperationResolver(
    TrustedDocuments trusted,
    AutomaticPersistedQueries automatic,
    IOptions<PersistedOperationsOptions> persistedOptions) : IConfigureExecution
{
    private const string ExtensionKey = "persistedQuery";

    /// <summary>Before the document cache (200), which keys on the text this step supplies.</summary>
    public float SortOrder => 150;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var settings = persistedOptions.Value;
        if (options.DocumentId is { } id)
            return ByIdAsync(options, next, id);

        if (settings.AutomaticPersistedQueries && options.Extensions?.GetValueOrDefault(ExtensionKey) is { } extension)
            return AutomaticAsync(options, next, extension, settings);

        if (options.Query is null && options.Extensions?.ContainsKey(ExtensionKey) == true)
            return Refuse(PersistedOperationErrors.NotSupported());

        if (settings.TrustedOnly && options.Query is { } text && !trusted.IsTrusted(text))
            return Refuse(PersistedOperationErrors.Required());

        return next(options);
    }

    private Task<ExecutionResult> ByIdAsync(ExecutionOptions options, ExecutionDelegate next, string id)
    {
        if (trusted.FindById(id) is not { } text)
            return Refuse(PersistedOperationErrors.NotFound());
        if (options.Query is not null && options.Query != text)
            return Refuse(PersistedOperationErrors.HashMismatch());

        options.Query = text;
        options.DocumentId = null;
        return next(options);
    }

    private async Task<ExecutionResult> AutomaticAsync(
        ExecutionOptions options, ExecutionDelegate next, object extension, PersistedOperationsOptions settings)
    {
        if (extension is not IReadOnlyDictionary<string, object?> fields
            || fields.GetValueOrDefault("sha256Hash") is not string hash
            || Convert.ToString(fields.GetValueOrDefault("version"), System.Globalization.CultureInfo.InvariantCulture) != "1")
        {
            return new ExecutionResult(PersistedOperationErrors.NotSupported());
        }

        var known = trusted.FindByHash(hash) ?? (settings.TrustedOnly ? null : automatic.Find(hash));
        if (options.Query is null)
        {
            if (known is null)
                return new ExecutionResult(PersistedOperationErrors.NotFound());

            options.Query = known;
            return await next(options).ConfigureAwait(false);
        }

        if (!string.Equals(DocumentHash.Of(options.Query), hash, StringComparison.OrdinalIgnoreCase))
            return new ExecutionResult(PersistedOperationErrors.HashMismatch());
        if (known is not null)
            return await next(options).ConfigureAwait(false);
        if (settings.TrustedOnly)
            return new ExecutionResult(PersistedOperationErrors.Required());

        // Kept only once it validated (Executed), so the store never holds a document that fails.
        var result = await next(options).ConfigureAwait(false);
        if (result.Executed)
            automatic.Store(hash, options.Query);

        return result;
    }

    private static Task<ExecutionResult> Refuse(ExecutionError error) => Task.FromResult(new ExecutionResult(error));
}

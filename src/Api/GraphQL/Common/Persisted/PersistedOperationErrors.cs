using GraphQL;

namespace Platform.Api.GraphQL.Common.Persisted;

/// <summary>The coded refusals of persisted operations; the codes are Apollo's and HotChocolate's where they have one.</summary>
public static class PersistedOperationErrors
{
    /// <summary>The id or hash names no document the server knows; Apollo's link then sends the text.</summary>
    public const string NotFoundCode = Errors.PlatformErrors.PersistedQueryNotFound;

    /// <summary>The server accepts only trusted documents and this one is not.</summary>
    public const string RequiredCode = "PERSISTED_QUERY_REQUIRED";

    /// <summary>The text sent does not hash to the hash sent with it, or differs from the document its id names.</summary>
    public const string HashMismatchCode = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary>Automatic persisted queries are switched off, or the request names another protocol version.</summary>
    public const string NotSupportedCode = "PERSISTED_QUERY_NOT_SUPPORTED";

    // Apollo's link also recognises the message of an unknown hash, so it is Apollo's message.
    internal static ExecutionError NotFound() => new("PersistedQueryNotFound") { Code = NotFoundCode };

    internal static ExecutionError Required() => new(
        "This server runs only trusted documents: send the id of a persisted operation (id or documentId).") { Code = RequiredCode };

    internal static ExecutionError HashMismatch() => new(
        "The query does not match its hash or id: the sha256Hash is the lowercase hex SHA-256 of the query text.") { Code = HashMismatchCode };

    internal static ExecutionError NotSupported() => new("PersistedQueryNotSupported") { Code = NotSupportedCode };
}

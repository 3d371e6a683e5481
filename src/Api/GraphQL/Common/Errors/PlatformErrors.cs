using GraphQL;

namespace Platform.Api.GraphQL.Common.Errors;

/// <summary>
/// The <c>extensions.code</c> values a client may see on a top-level GraphQL error (DESIGN §6),
/// and the one way to raise such an error from a resolver.
/// </summary>
public static class PlatformErrors
{
    public const string AuthNotAuthenticated = "AUTH_NOT_AUTHENTICATED";
    public const string AuthNotAuthorized = Workflow.Common.ErrorCodes.NotAuthorized;
    public const string NotFound = Workflow.Common.ErrorCodes.NotFound;
    public const string Validation = Workflow.Common.ErrorCodes.Validation;
    public const string MaxDepth = "MAX_DEPTH";
    public const string MaxComplexity = "MAX_COMPLEXITY";
    public const string PageSize = "PAGE_SIZE";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>The document is longer than <c>GraphQL:MaxDocumentLength</c> or has more than <c>GraphQL:MaxTokens</c> tokens.</summary>
    public const string MaxDocumentSize = "MAX_DOCUMENT_SIZE";

    /// <summary>The document selects more than <c>GraphQL:MaxFields</c> fields.</summary>
    public const string MaxFields = "MAX_FIELDS";

    /// <summary>The document has more than <c>GraphQL:MaxAliases</c> aliases.</summary>
    public const string MaxAliases = "MAX_ALIASES";

    /// <summary>The document has more than <c>GraphQL:MaxDirectives</c> directives.</summary>
    public const string MaxDirectives = "MAX_DIRECTIVES";

    /// <summary>More errors than <c>GraphQL:MaxErrors</c>; this last one counts those left out.</summary>
    public const string TooManyErrors = "TOO_MANY_ERRORS";

    /// <summary>An operation kind the transport does not serve (subscriptions over HTTP).</summary>
    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";

    /// <summary>The request ran past <c>GraphQL:ExecutionTimeout</c> (GraphQL.NET's own code for it).</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>The GraphQL text is not valid syntax (GraphQL.NET's own code for it).</summary>
    public const string SyntaxError = "SYNTAX_ERROR";

    /// <summary>Written in place of any exception that was not raised on purpose.</summary>
    public const string InternalError = "INTERNAL_ERROR";

    /// <summary>Creates an error whose message and code reach the client unchanged.</summary>
    /// <example><c>throw PlatformErrors.Coded(PlatformErrors.PageSize, "first must be between 0 and 100.");</c></example>
    public static ExecutionError Coded(string code, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return new ExecutionError(message) { Code = code };
    }
}

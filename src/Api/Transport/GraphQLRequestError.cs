namespace Platform.Api.Transport;

/// <summary>
/// A request that could not be executed at all: wrong method, media type or body. It is answered
/// with its own HTTP status and a GraphQL-shaped body, <c>{"errors":[{"message","extensions":{"code"}}]}</c>.
/// </summary>
public sealed class GraphQLRequestError : Exception
{
    public const string MethodNotAllowedCode = "METHOD_NOT_ALLOWED";
    public const string UnsupportedMediaTypeCode = "UNSUPPORTED_MEDIA_TYPE";
    public const string InvalidJsonCode = "INVALID_JSON";
    public const string QueryMissingCode = "QUERY_MISSING";
    public const string RequestTooLargeCode = "REQUEST_TOO_LARGE";
    public const string RequestTimeoutCode = "REQUEST_TIMEOUT";
    public const string BadRequestCode = "BAD_REQUEST";
    public const string PreflightRequiredCode = "PREFLIGHT_REQUIRED";
    public const string InvalidMultipartCode = "INVALID_MULTIPART";

    private GraphQLRequestError(int statusCode, string code, string message, string? allow = null)
        : base(message)
    {
        StatusCode = statusCode;
        Code = code;
        Allow = allow;
    }

    public int StatusCode { get; }

    public string Code { get; }

    /// <summary>The <c>Allow</c> header sent with a 405, listing the methods that would have worked.</summary>
    public string? Allow { get; }

    public static GraphQLRequestError MethodNotAllowed() => new(
        StatusCodes.Status405MethodNotAllowed,
        MethodNotAllowedCode,
        "GraphQL requests must use GET or POST.",
        "GET, POST");

    public static GraphQLRequestError MutationOverGet() => new(
        StatusCodes.Status405MethodNotAllowed,
        MethodNotAllowedCode,
        "Only queries may be sent with GET; send mutations with POST.",
        "POST");

    public static GraphQLRequestError UnsupportedMediaType() => new(
        StatusCodes.Status415UnsupportedMediaType,
        UnsupportedMediaTypeCode,
        "POST requests must have the content type application/json (UTF-8), or multipart/form-data for file uploads.");

    /// <summary>A multipart request is a "simple" request a browser sends cross-site without asking first; the header makes it ask.</summary>
    public static GraphQLRequestError PreflightRequired() => new(
        StatusCodes.Status400BadRequest,
        PreflightRequiredCode,
        "A multipart request must carry the header 'GraphQL-Preflight: 1'.");

    /// <summary>A multipart request that does not follow the GraphQL multipart request spec (operations, map, files).</summary>
    public static GraphQLRequestError InvalidMultipart(string reason) => new(
        StatusCodes.Status400BadRequest,
        InvalidMultipartCode,
        $"The multipart request is malformed: {reason}");

    public static GraphQLRequestError InvalidBody() => new(
        StatusCodes.Status400BadRequest,
        InvalidJsonCode,
        "The request body is not valid JSON of the form {\"query\": \"...\", \"operationName\": \"...\", \"variables\": {...}, \"extensions\": {...}}.");

    public static GraphQLRequestError InvalidParameter(string name) => new(
        StatusCodes.Status400BadRequest,
        InvalidJsonCode,
        $"The '{name}' parameter is not a valid JSON object.");

    public static GraphQLRequestError QueryMissing() => new(
        StatusCodes.Status400BadRequest,
        QueryMissingCode,
        "The request has no query.");

    public static GraphQLRequestError TooLarge(long limit) => new(
        StatusCodes.Status413PayloadTooLarge,
        RequestTooLargeCode,
        $"The request body is larger than {limit} bytes.");

    /// <summary>
    /// The server refused the body while it was being read (Kestrel's <see cref="BadHttpRequestException"/>):
    /// too large, too slow, a malformed chunk, or shorter than its <c>Content-Length</c>. Only the
    /// status is kept; the exception's text names server internals.
    /// </summary>
    public static GraphQLRequestError FromBadRequest(BadHttpRequestException exception) => exception.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => new(exception.StatusCode, RequestTooLargeCode, "The request body is too large."),
        StatusCodes.Status408RequestTimeout => new(exception.StatusCode, RequestTimeoutCode, "The request body arrived too slowly."),
        >= 400 and < 500 => new(exception.StatusCode, BadRequestCode, "The request body could not be read: it is malformed or incomplete."),
        _ => new(StatusCodes.Status400BadRequest, BadRequestCode, "The request body could not be read: it is malformed or incomplete."),
    };
}

using System.Buffers;
using System.Text.Json;

namespace Platform.Api.Operations.Errors;

/// <summary>
/// The JSON bodies of requests answered outside GraphQL execution (bad requests, rate limits,
/// unexpected failures): an OAuth error object on the token server's paths, so that OAuth clients
/// can read it, and the GraphQL error shape <c>{"errors":[{"message","extensions":{"code"}}]}</c>
/// everywhere else. Neither ever carries an exception's type, message, stack trace or a path.
/// </summary>
internal static class ErrorResponses
{
    /// <summary>The token server's endpoints (<c>/connect/token</c>, <c>/connect/authorize</c>, …).</summary>
    public static readonly PathString TokenServerPaths = "/connect";

    public const string BadRequest = "BAD_REQUEST";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string RequestTimeout = "REQUEST_TIMEOUT";
    public const string RateLimited = "RATE_LIMITED";
    public const string InternalError = "INTERNAL_ERROR";

    public static bool IsTokenServerPath(HttpRequest request) => request.Path.StartsWithSegments(TokenServerPaths);

    /// <summary>Writes the answer; <paramref name="oauthError"/> is the RFC 6749 code used on the token server's paths.</summary>
    public static async Task WriteAsync(
        HttpContext context, int status, string code, string oauthError, string message, IReadOnlyDictionary<string, object>? extensions = null)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        response.Headers.CacheControl = "no-store";

        // Built in memory: the serializer flushes synchronously, which Kestrel does not allow.
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            if (IsTokenServerPath(context.Request))
            {
                json.WriteString("error", oauthError);
                json.WriteString("error_description", message);
            }
            else
            {
                json.WriteStartArray("errors");
                json.WriteStartObject();
                json.WriteString("message", message);
                json.WriteStartObject("extensions");
                json.WriteString("code", code);
                foreach (var (name, value) in extensions ?? new Dictionary<string, object>())
                {
                    json.WritePropertyName(name);
                    JsonSerializer.Serialize(json, value);
                }

                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        await response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }
}

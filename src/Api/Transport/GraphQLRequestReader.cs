using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Platform.Api.Transport;

/// <summary>
/// Reads a GraphQL request from GET parameters, a JSON POST body (a document, or the id or
/// hash of a persisted one) or a multipart POST with files (<see cref="GraphQLMultipartReader"/>),
/// checking method, media type and body size; every failure is a <see cref="GraphQLRequestError"/>
/// with its status.
/// </summary>
internal sealed class GraphQLRequestReader(
    IGraphQLSerializer serializer,
    IGraphQLTextSerializer textSerializer,
    IOptions<GraphQLHttpOptions> options)
{
    private readonly GraphQLMultipartReader multipart = new(textSerializer, options);

    public async Task<GraphQLRequest> ReadAsync(HttpRequest http)
    {
        GraphQLRequest? request;
        if (HttpMethods.IsGet(http.Method))
        {
            request = new GraphQLRequest
            {
                Query = FirstOrNull(http.Query["query"]),
                OperationName = FirstOrNull(http.Query["operationName"]),
                Variables = ReadJsonParameter(http, "variables"),
                Extensions = ReadJsonParameter(http, "extensions"),
                DocumentId = FirstOrNull(http.Query["documentId"]) ?? FirstOrNull(http.Query["id"]),
            };
        }
        else if (HttpMethods.IsPost(http.Method) && http.HasFormContentType)
        {
            request = await multipart.ReadAsync(http);
        }
        else if (HttpMethods.IsPost(http.Method))
        {
            EnsureJsonContentType(http);
            request = await ReadBodyAsync(http);
        }
        else
        {
            throw GraphQLRequestError.MethodNotAllowed();
        }

        // A persisted operation names its document instead of sending it.
        if (string.IsNullOrWhiteSpace(request?.Query) && request?.DocumentId is null && request?.Extensions?.ContainsKey("persistedQuery") != true)
            throw GraphQLRequestError.QueryMissing();

        return request;
    }

    private static void EnsureJsonContentType(HttpRequest http)
    {
        if (!MediaTypeHeaderValue.TryParse(http.ContentType, out var contentType)
            || !contentType.MediaType.Equals(ResponseMediaType.Json, StringComparison.OrdinalIgnoreCase))
        {
            throw GraphQLRequestError.UnsupportedMediaType();
        }

        // JSON is UTF-8 (RFC 8259); a charset parameter is allowed as long as it says so.
        var charset = contentType.Charset;
        if (charset.HasValue && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            throw GraphQLRequestError.UnsupportedMediaType();
    }

    private async Task<GraphQLRequest?> ReadBodyAsync(HttpRequest http)
    {
        // A declared length over the limit is refused unread; a chunked body is cut off while read.
        var limit = options.Value.MaxRequestBodySize;
        if (http.ContentLength > limit)
            throw GraphQLRequestError.TooLarge(limit);

        try
        {
            await using var body = new LimitedReadStream(http.Body, limit);
            var read = await serializer.ReadAsync<GraphQLRequestBody>(body, http.HttpContext.RequestAborted);
            return read?.ToRequest();
        }
        catch (Exception ex) when (IsMalformedJson(ex))
        {
            throw GraphQLRequestError.InvalidBody();
        }
    }

    private Inputs? ReadJsonParameter(HttpRequest http, string name)
    {
        var json = FirstOrNull(http.Query[name]);
        if (string.IsNullOrWhiteSpace(json))
            return null;

        try
        {
            return textSerializer.Deserialize<Inputs>(json);
        }
        catch (Exception ex) when (IsMalformedJson(ex))
        {
            throw GraphQLRequestError.InvalidParameter(name);
        }
    }

    // The serializer's converters report a wrong shape (an array for variables, an unsupported
    // number) with these types; none of their text is passed on to the client.
    internal static bool IsMalformedJson(Exception ex) =>
        ex is JsonException or InvalidOperationException or NotImplementedException;

    private static string? FirstOrNull(Microsoft.Extensions.Primitives.StringValues values) =>
        values.Count > 0 ? values[0] : null;
}

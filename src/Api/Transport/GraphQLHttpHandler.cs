using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Net.Http.Headers;

namespace Platform.Api.Transport;

/// <summary>
/// GraphQL over HTTP in four steps: read the request (checking method and media type), execute it,
/// and write the result with the status code the negotiated media type calls for.
/// </summary>
internal sealed class GraphQLHttpHandler(
    IDocumentExecuter<ISchema> executer,
    IGraphQLSerializer serializer,
    IGraphQLTextSerializer textSerializer)
{
    public async Task HandleAsync(HttpContext context)
    {
        var mediaType = ResponseMediaType.Select(context.Request);

        GraphQLRequest request;
        try
        {
            request = await ReadRequestAsync(context.Request);
        }
        catch (GraphQLRequestError error)
        {
            await WriteRequestErrorAsync(context, mediaType, error);
            return;
        }

        var isGet = HttpMethods.IsGet(context.Request.Method);
        var result = await ExecuteAsync(context, request, isGet);

        if (isGet && result.Errors?.Any(error => error is MutationOverGetError) == true)
        {
            await WriteRequestErrorAsync(context, mediaType, GraphQLRequestError.MutationOverGet());
            return;
        }

        await WriteResultAsync(context, mediaType, result);
    }

    private async Task<GraphQLRequest> ReadRequestAsync(HttpRequest http)
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
            };
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

        if (string.IsNullOrWhiteSpace(request?.Query))
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
        try
        {
            return await serializer.ReadAsync<GraphQLRequest>(http.Body, http.HttpContext.RequestAborted);
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
    private static bool IsMalformedJson(Exception ex) =>
        ex is JsonException or InvalidOperationException or NotImplementedException;

    private Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request, bool isGet)
    {
        var options = new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
        };

        if (isGet)
        {
            // Rules registered through the GraphQL builder append to these lists.
            options.ValidationRules = DocumentValidator.CoreRules.Append(QueryOnlyOverGetRule.Instance);
            options.CachedDocumentValidationRules = [QueryOnlyOverGetRule.Instance];
        }

        return executer.ExecuteAsync(options);
    }

    private Task WriteResultAsync(HttpContext context, string mediaType, ExecutionResult result)
    {
        // With application/json every well-formed request is a 200; the newer media type uses 400
        // when nothing executed because the document failed to parse or validate.
        var status = mediaType == ResponseMediaType.GraphQLResponse && !result.Executed
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;

        return WriteAsync(context, mediaType, status, result);
    }

    private Task WriteRequestErrorAsync(HttpContext context, string mediaType, GraphQLRequestError error)
    {
        if (error.Allow is not null)
            context.Response.Headers.Allow = error.Allow;

        var result = new ExecutionResult(new ExecutionError(error.Message) { Code = error.Code });
        return WriteAsync(context, mediaType, error.StatusCode, result);
    }

    private Task WriteAsync(HttpContext context, string mediaType, int status, ExecutionResult result)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        return serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    private static string? FirstOrNull(Microsoft.Extensions.Primitives.StringValues values) =>
        values.Count > 0 ? values[0] : null;
}

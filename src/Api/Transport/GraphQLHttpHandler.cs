using System.Diagnostics;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using Platform.Api.GraphQL.Common.Errors;
using Platform.Api.GraphQL.Common.Limits;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Telemetry;

namespace Platform.Api.Transport;

/// <summary>
/// GraphQL over HTTP in four steps: read the request (checking method, media type and size),
/// execute it, write the result with the status code the negotiated media type calls for, and
/// record the request (one activity, one log line).
/// </summary>
internal sealed class GraphQLHttpHandler(
    IDocumentExecuter<ISchema> executer,
    IGraphQLSerializer serializer,
    GraphQLRequestReader reader,
    ILoggerFactory loggers)
{
    private const string CancelledCode = "CANCELLED";

    // The status nginx logs for a client that went away; nothing is sent.
    private const int ClientClosedRequest = 499;

    private readonly ILogger _log = loggers.CreateLogger(GraphQLTelemetry.RequestLogCategory);

    public async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = GraphQLTelemetry.Source.StartActivity("GraphQL Operation");
        var userContext = new Dictionary<string, object?>();
        OperationFacts.Of(userContext).ReportCost = CostReport.IsRequested(context.Request.Headers[CostReport.Header]);
        var (status, codes) = await AnswerAsync(context, userContext);
        GraphQLRequestRecord.Write(_log, activity, context, OperationFacts.Of(userContext), status, codes, Stopwatch.GetElapsedTime(started));
    }

    private async Task<(int Status, IReadOnlyList<string> Codes)> AnswerAsync(HttpContext context, IDictionary<string, object?> userContext)
    {
        var mediaType = ResponseMediaType.Select(context.Request);
        try
        {
            var request = await reader.ReadAsync(context.Request);
            var isGet = HttpMethods.IsGet(context.Request.Method);
            var result = await ExecuteAsync(context, request, isGet, userContext);

            if (isGet && result.Errors?.Any(error => error is MutationOverGetError) == true)
                return await WriteRequestErrorAsync(context, mediaType, GraphQLRequestError.MutationOverGet());

            var status = StatusOf(mediaType, result);
            await WriteAsync(context, mediaType, status, result);
            return (status, result.Errors?.Select(CodeOf).ToList() ?? []);
        }
        catch (GraphQLRequestError error)
        {
            return await WriteRequestErrorAsync(context, mediaType, error);
        }
        catch (BadHttpRequestException ex)
        {
            return await WriteRequestErrorAsync(context, mediaType, GraphQLRequestError.FromBadRequest(ex));
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away: parsing, validation and execution stopped with its token.
            return (ClientClosedRequest, [CancelledCode]);
        }
    }

    private Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request, bool isGet, IDictionary<string, object?> userContext)
    {
        var options = new ExecutionOptions
        {
            Query = string.IsNullOrWhiteSpace(request.Query) ? null : request.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = new RequestServiceCache(context.RequestServices),
            User = context.User,
            UserContext = userContext,
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

    // A request refused by the limits did no GraphQL work: its own 4xx, whatever the media type.
    // Otherwise, with application/json every well-formed request is a 200; the newer media type
    // uses 400 when nothing executed because the document failed to parse or validate.
    private static int StatusOf(string mediaType, ExecutionResult result)
    {
        if (result.Errors?.OfType<QueryLimitError>().FirstOrDefault() is { } refusal)
            return refusal.StatusCode;

        return mediaType == ResponseMediaType.GraphQLResponse && !result.Executed
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
    }

    private async Task<(int, IReadOnlyList<string>)> WriteRequestErrorAsync(HttpContext context, string mediaType, GraphQLRequestError error)
    {
        if (error.Allow is not null)
            context.Response.Headers.Allow = error.Allow;

        var result = new ExecutionResult(new ExecutionError(error.Message) { Code = error.Code });
        await WriteAsync(context, mediaType, error.StatusCode, result);
        return (error.StatusCode, [error.Code]);
    }

    private Task WriteAsync(HttpContext context, string mediaType, int status, ExecutionResult result)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        return serializer.WriteAsync(context.Response.Body, result, context.RequestAborted);
    }

    // As the client sees it (PlatformErrorInfoProvider): an unexpected exception is INTERNAL_ERROR.
    private static string CodeOf(ExecutionError error) =>
        error is UnhandledError ? PlatformErrors.InternalError : error.Code ?? PlatformErrors.InternalError;
}

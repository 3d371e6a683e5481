using System.Diagnostics;

namespace Platform.Api.Operations.Errors;

/// <summary>
/// The outermost step of the pipeline: an exception that no endpoint handled becomes a coded JSON
/// answer instead of the developer exception page or an empty 500. Kestrel's
/// <see cref="BadHttpRequestException"/> (body too large, too slow, malformed chunks, a body
/// shorter than its Content-Length) keeps its 4xx status; a form that cannot be read (too many
/// fields, a key or value too long, <c>%00</c>) is a 400; anything else is a 500 whose details go
/// to the log only, under the trace id the answer names.
/// </summary>
internal sealed class ErrorResponseMiddleware(RequestDelegate next, ILogger<ErrorResponseMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (!context.Response.HasStarted && (ex is BadHttpRequestException || !ClientLeft(context, ex)))
        {
            // A client that stopped sending mid-body may still be reading, so it gets its 400.
            try
            {
                await AnswerAsync(context, ex);
            }
            catch (Exception write) when (ClientLeft(context, write))
            {
                logger.LogDebug("The client closed the connection before the error answer to {Method} {Path}", context.Request.Method, context.Request.Path);
            }
        }
        catch (Exception ex) when (ClientLeft(context, ex))
        {
            // Nobody is left to read an answer.
            logger.LogDebug("The client closed the connection during {Method} {Path}", context.Request.Method, context.Request.Path);
        }
    }

    private static bool ClientLeft(HttpContext context, Exception ex) =>
        context.RequestAborted.IsCancellationRequested && ex is OperationCanceledException or IOException;

    private async Task AnswerAsync(HttpContext context, Exception ex)
    {
        var request = context.Request;
        var traceId = Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
        context.Response.Clear();

        switch (ex)
        {
            case BadHttpRequestException bad:
                // The client's fault, and an attacker can produce any number of them: no stack trace.
                logger.LogInformation("Bad request {Method} {Path}: {Status} {Reason}", request.Method, request.Path, bad.StatusCode, bad.Message);
                var (code, message) = Describe(bad.StatusCode);
                await ErrorResponses.WriteAsync(context, bad.StatusCode, code, "invalid_request", message);
                break;

            case InvalidDataException form:
                logger.LogInformation("Unreadable form in {Method} {Path}: {Reason}", request.Method, request.Path, form.Message);
                await ErrorResponses.WriteAsync(
                    context, StatusCodes.Status400BadRequest, ErrorResponses.BadRequest, "invalid_request",
                    "The form could not be read: too many fields, a key or value too long, or characters that are not allowed.");
                break;

            default:
                logger.LogError(ex, "Unhandled exception in {Method} {Path} (trace {TraceId})", request.Method, request.Path, traceId);
                await ErrorResponses.WriteAsync(
                    context, StatusCodes.Status500InternalServerError, ErrorResponses.InternalError, "server_error",
                    $"The server could not answer this request. The error was logged under trace id {traceId}.",
                    new Dictionary<string, object> { ["traceId"] = traceId });
                break;
        }
    }

    private static (string Code, string Message) Describe(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => (ErrorResponses.RequestTooLarge, "The request body is larger than the server accepts."),
        StatusCodes.Status408RequestTimeout => (ErrorResponses.RequestTimeout, "The request body arrived too slowly."),
        StatusCodes.Status431RequestHeaderFieldsTooLarge => (ErrorResponses.BadRequest, "The request headers are too large."),
        _ => (ErrorResponses.BadRequest, "The request is malformed (its body, framing or headers)."),
    };
}

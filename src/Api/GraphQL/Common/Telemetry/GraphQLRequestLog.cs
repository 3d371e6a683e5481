namespace Platform.Api.GraphQL.Common.Telemetry;

/// <summary>
/// The one line per GraphQL request. Information when it answered without errors; Warning when it
/// was refused or any error came back (bad input included, which is never an Error: unexpected
/// exceptions are logged as Error on their own, with their stack trace).
/// </summary>
internal static partial class GraphQLRequestLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, EventName = "GraphQLRequest",
        Message = "GraphQL {OperationKind} {OperationName} answered {StatusCode} in {DurationMs:0.0} ms; cost {Cost}, unit {UnitPath}, errors [{ErrorCodes}], trace {TraceId}")]
    public static partial void Answered(
        ILogger logger, string operationKind, string operationName, int statusCode, double durationMs,
        double? cost, string? unitPath, string errorCodes, string? traceId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, EventName = "GraphQLRequestFailed",
        Message = "GraphQL {OperationKind} {OperationName} answered {StatusCode} in {DurationMs:0.0} ms; cost {Cost}, unit {UnitPath}, errors [{ErrorCodes}], trace {TraceId}")]
    public static partial void Failed(
        ILogger logger, string operationKind, string operationName, int statusCode, double durationMs,
        double? cost, string? unitPath, string errorCodes, string? traceId);
}

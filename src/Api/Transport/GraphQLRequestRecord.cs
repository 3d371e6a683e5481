using System.Diagnostics;
using Platform.Api.GraphQL.Common.Errors;
using Platform.Api.GraphQL.Common.Telemetry;
using Platform.Identity;

namespace Platform.Api.Transport;

/// <summary>Tags the request's activity and writes its log line, once the answer is known.</summary>
internal static class GraphQLRequestRecord
{
    public static void Write(
        ILogger log, Activity? activity, HttpContext context, OperationFacts facts, int status, IReadOnlyList<string> codes, TimeSpan duration)
    {
        var kind = facts.Kind ?? "request";
        var name = facts.Name ?? "(anonymous)";
        var errorCodes = string.Join(',', codes.Distinct());
        if (activity is not null)
        {
            activity.DisplayName = facts.Kind is null ? "GraphQL Operation" : facts.Name is null ? kind : $"{kind} {name}";
            activity.SetTag(GraphQLTelemetry.OperationTypeTag, facts.Kind);
            activity.SetTag(GraphQLTelemetry.OperationNameTag, facts.Name);
            activity.SetTag(GraphQLTelemetry.CostTag, facts.Cost);
            if (codes.Count > 0)
                activity.SetTag(GraphQLTelemetry.ErrorCodesTag, errorCodes);
            if (codes.Contains(PlatformErrors.InternalError))
                activity.SetStatus(ActivityStatusCode.Error);
        }

        var unitPath = context.User.FindFirst(PlatformClaims.UnitPath)?.Value;
        var traceId = (activity ?? Activity.Current)?.TraceId.ToString() ?? context.TraceIdentifier;
        if (codes.Count == 0 && status < 400)
            GraphQLRequestLog.Answered(log, kind, name, status, duration.TotalMilliseconds, facts.Cost, unitPath, errorCodes, traceId);
        else
            GraphQLRequestLog.Failed(log, kind, name, status, duration.TotalMilliseconds, facts.Cost, unitPath, errorCodes, traceId);
    }
}

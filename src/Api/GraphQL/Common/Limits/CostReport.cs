using GraphQL;

namespace Platform.Api.GraphQL.Common.Limits;

/// <summary>
/// HotChocolate's cost report: a request with the header <c>GraphQL-Cost: report</c> gets
/// <c>"extensions": { "operationCost": { "fieldCost": 6201, "maxFieldCost": 10000 } }</c>, also when
/// the operation was refused for its cost, so a client sees how far over the limit it went.
/// </summary>
public static class CostReport
{
    /// <summary>The request header, and the one value of it that asks for the report.</summary>
    public const string Header = "GraphQL-Cost";

    public const string Report = "report";

    public const string ExtensionKey = "operationCost";

    /// <summary>True when the header asks for the report (case-insensitively, as HotChocolate reads it).</summary>
    public static bool IsRequested(string? headerValue) =>
        string.Equals(headerValue?.Trim(), Report, StringComparison.OrdinalIgnoreCase);

    internal static void Attach(ExecutionResult result, OperationMeasure measure, QueryLimitsOptions limits)
    {
        result.Extensions ??= new Dictionary<string, object?>();
        result.Extensions[ExtensionKey] = new Dictionary<string, object?>
        {
            ["fieldCost"] = (long)Math.Min(Math.Ceiling(measure.Cost), long.MaxValue),
            ["maxFieldCost"] = limits.MaxComplexity,
        };
    }
}

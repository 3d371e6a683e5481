using System.Diagnostics;

namespace Platform.Api.GraphQL.Common.Telemetry;

/// <summary>
/// The names under which GraphQL requests are traced and logged. Register
/// <see cref="ActivitySourceName"/> with a tracer (OpenTelemetry's <c>AddSource</c>) to export one
/// activity per request, tagged with its operation's name, kind and cost.
/// </summary>
public static class GraphQLTelemetry
{
    /// <summary>The <see cref="ActivitySource"/> of GraphQL operations.</summary>
    public const string ActivitySourceName = "Platform.Api.GraphQL";

    /// <summary>The log category of the one line written per GraphQL request.</summary>
    public const string RequestLogCategory = "Platform.Api.GraphQL.Requests";

    /// <summary>Tag names; the first two follow OpenTelemetry's GraphQL semantic conventions.</summary>
    public const string OperationNameTag = "graphql.operation.name";
    public const string OperationTypeTag = "graphql.operation.type";
    public const string CostTag = "graphql.operation.cost";
    public const string ErrorCodesTag = "graphql.error.codes";

    internal static readonly ActivitySource Source = new(ActivitySourceName);
}

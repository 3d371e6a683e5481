using GraphQLParser.AST;
using Platform.Api.GraphQL.Common.Limits;

namespace Platform.Api.GraphQL.Common.Telemetry;

/// <summary>
/// What the execution learnt about a request's operation, for its activity and its log line. Kept
/// in <see cref="global::GraphQL.ExecutionOptions.UserContext"/>, which lives exactly as long as the request.
/// </summary>
public sealed class OperationFacts
{
    private const string Key = "Platform.OperationFacts";

    /// <summary>The operation's name, or null for an anonymous operation or one never selected.</summary>
    public string? Name { get; set; }

    /// <summary><c>query</c>, <c>mutation</c> or <c>subscription</c>; null when the document did not parse.</summary>
    public string? Kind { get; set; }

    /// <summary>Cost, depth and what the operation reads, once it was measured.</summary>
    public OperationMeasure? Measure { get; set; }

    /// <summary>
    /// The client asked for the cost with <c>GraphQL-Cost: report</c>; the answer's <c>extensions</c>
    /// then carry it (<see cref="Limits.CostReport"/>).
    /// </summary>
    public bool ReportCost { get; set; }

    /// <summary>The estimated cost, once it was measured.</summary>
    public double? Cost => Measure?.Cost;

    /// <summary>The facts of a request, created in its user context on first use.</summary>
    public static OperationFacts Of(IDictionary<string, object?> userContext)
    {
        ArgumentNullException.ThrowIfNull(userContext);
        if (userContext.TryGetValue(Key, out var value) && value is OperationFacts facts)
            return facts;

        facts = new OperationFacts();
        userContext[Key] = facts;
        return facts;
    }

    internal void Describe(GraphQLOperationDefinition operation)
    {
        Name = operation.Name?.StringValue;
        Kind = operation.Operation switch
        {
            OperationType.Query => "query",
            OperationType.Mutation => "mutation",
            _ => "subscription",
        };
    }
}

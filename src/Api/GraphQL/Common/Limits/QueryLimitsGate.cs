using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using Platform.Api.GraphQL.Common.Errors;
using Platform.Api.GraphQL.Common.Telemetry;

namespace Platform.Api.GraphQL.Common.Limits;

/// <summary>
/// Bounds a request before GraphQL.NET validates or executes it: reads the text within
/// <see cref="QueryLimitsOptions"/> (<see cref="DocumentReader"/>), counts what the document writes
/// (<see cref="DocumentShape"/>), refuses subscriptions except over WebSocket, measures the selected operation with its
/// variables (<see cref="OperationCost"/>), then runs it within the execution time budget and
/// returns at most <see cref="QueryLimitsOptions.MaxErrors"/> errors, with the
/// <see cref="CostReport"/> when asked for. Cached documents skip only the reading.
/// </summary>
public sealed class QueryLimitsGate(IOptions<QueryLimitsOptions> limitsOptions) : IConfigureExecution
{
    /// <summary>After the document cache (200), so that a cached document is not read again.</summary>
    public float SortOrder => 250;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var limits = limitsOptions.Value;
        if (options.Document is null && options.Query is not null)
        {
            var (document, error) = DocumentReader.Read(options.Query, limits, options.CancellationToken);
            if (error is not null)
                return new ExecutionResult(error);

            options.Document = document;
        }

        // No document (no query) or no operation to select: GraphQL.NET reports it in its own words.
        if (options.Document is not { } parsed)
            return await next(options).ConfigureAwait(false);
        if (DocumentShape.Check(parsed, limits) is { } shapeError)
            return new ExecutionResult(shapeError);
        if (SelectOperation(parsed, options.OperationName) is not { } operation)
            return await next(options).ConfigureAwait(false);

        var facts = OperationFacts.Of(options.UserContext);
        facts.Describe(operation);
        var result = Refusal(options, limits, parsed, operation, facts) is { } refusal
            ? new ExecutionResult(refusal)
            : await RunAsync(options, next, limits).ConfigureAwait(false);

        if (facts.ReportCost && facts.Measure is { } measure)
            CostReport.Attach(result, measure, limits);

        return result;
    }

    private static async Task<ExecutionResult> RunAsync(ExecutionOptions options, ExecutionDelegate next, QueryLimitsOptions limits)
    {
        if (limits.ExecutionTimeout > TimeSpan.Zero)
            options.Timeout = limits.ExecutionTimeout;

        var result = await next(options).ConfigureAwait(false);
        CapErrors(result, limits.MaxErrors);
        return result;
    }

    private static QueryLimitError? Refusal(
        ExecutionOptions options, QueryLimitsOptions limits, GraphQLDocument document, GraphQLOperationDefinition operation, OperationFacts facts)
    {
        if (operation.Operation == OperationType.Subscription && !Subscriptions.LiveRegistration.OverWebSocket(options.UserContext))
        {
            return new QueryLimitError(
                PlatformErrors.OperationNotSupported,
                "Subscriptions are served over WebSocket at /graphql with the graphql-transport-ws protocol; send queries and mutations over HTTP.");
        }

        OperationMeasure measure;
        try
        {
            options.Schema?.Initialize();
            measure = OperationCost.Measure(options.Schema, limits, document, operation, options.Variables);
        }
        catch (InsufficientExecutionStackException)
        {
            return new QueryLimitError(PlatformErrors.MaxDepth, "The operation's fragments spread each other too deeply to follow.");
        }

        facts.Measure = measure;
        if (measure.Depth > limits.MaxDepth)
        {
            return new QueryLimitError(
                PlatformErrors.MaxDepth,
                $"The operation is nested {measure.Depth} levels deep; the maximum depth is {limits.MaxDepth}.");
        }

        if (measure.FilterDepth > limits.MaxFilterDepth)
        {
            return new QueryLimitError(
                PlatformErrors.MaxDepth,
                $"A filter or sort nests {measure.FilterDepth} objects deep; the maximum is {limits.MaxFilterDepth}.");
        }

        if (measure.IntrospectionLists > limits.MaxIntrospectionListDepth)
        {
            return new QueryLimitError(
                PlatformErrors.MaxDepth,
                $"The introspection lists are nested {measure.IntrospectionLists} deep; the maximum is {limits.MaxIntrospectionListDepth}.");
        }

        if (measure.Cost > limits.MaxComplexity)
        {
            return new QueryLimitError(
                PlatformErrors.MaxComplexity,
                $"The operation has a complexity of {Math.Min(measure.Cost, long.MaxValue):0}; the maximum complexity is {limits.MaxComplexity}.");
        }

        return null;
    }

    // The rule GraphQL.NET applies (the named operation, else the only one); null leaves the error to it.
    private static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>();
        if (!string.IsNullOrEmpty(operationName))
            return operations.FirstOrDefault(o => o.Name == operationName);

        using var candidates = operations.GetEnumerator();
        if (!candidates.MoveNext())
            return null;

        var only = candidates.Current;
        return candidates.MoveNext() ? null : only;
    }

    private static void CapErrors(ExecutionResult result, int maxErrors)
    {
        if (result.Errors is not { } errors || errors.Count <= maxErrors || maxErrors < 1)
            return;

        var capped = new ExecutionErrors();
        for (var i = 0; i < maxErrors; i++)
            capped.Add(errors[i]);

        capped.Add(new ExecutionError($"{errors.Count - maxErrors} more errors were left out.") { Code = PlatformErrors.TooManyErrors });
        result.Errors = capped;
    }
}

using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;
using Platform.Api.GraphQL.Common.Errors;

namespace Platform.Api.GraphQL.Common.Limits;

/// <summary>
/// GraphQL.NET's complexity analysis, reporting depth and complexity as separate coded errors
/// (<c>MAX_DEPTH</c>, <c>MAX_COMPLEXITY</c>) instead of one shared error type. Registered to run for
/// cached documents too, because complexity depends on variables such as <c>first</c>.
/// </summary>
public sealed class QueryLimitsRule : ComplexityValidationRule
{
    public QueryLimitsRule(IOptions<QueryLimitsOptions> options)
        : base(ToComplexityOptions(options.Value))
    {
    }

    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        // Depth first: a too-deep operation is usually also too complex, and depth is the clearer message.
        if (maxDepth > Options.MaxDepth)
        {
            context.ReportError(new QueryLimitError(
                PlatformErrors.MaxDepth,
                $"The operation is nested {maxDepth} levels deep; the maximum depth is {Options.MaxDepth}."));
        }
        else if (totalComplexity > Options.MaxComplexity)
        {
            context.ReportError(new QueryLimitError(
                PlatformErrors.MaxComplexity,
                $"The operation has a complexity of {totalComplexity:0}; the maximum complexity is {Options.MaxComplexity}."));
        }

        return default;
    }

    private static ComplexityOptions ToComplexityOptions(QueryLimitsOptions limits) => new()
    {
        MaxDepth = limits.MaxDepth,
        MaxComplexity = limits.MaxComplexity,
        DefaultListImpactMultiplier = limits.DefaultListSize,
    };
}

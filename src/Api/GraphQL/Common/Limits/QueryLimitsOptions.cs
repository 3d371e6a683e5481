namespace Platform.Api.GraphQL.Common.Limits;

/// <summary>Bounds on the shape of an operation, bound from the <c>GraphQL</c> configuration section.</summary>
public sealed class QueryLimitsOptions
{
    public const string SectionName = "GraphQL";

    /// <summary>
    /// Deepest allowed nesting of selection sets, counting the root as 1. The standard introspection
    /// query needs 12, so going lower breaks schema tooling.
    /// </summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>
    /// Largest allowed estimated field count: each field costs 1, times the page size of every list
    /// above it (<c>first</c>/<c>last</c>, else <see cref="DefaultListSize"/>). 5000 admits a full page of
    /// 100 with a few dozen fields, but not a list of 100 nested in another.
    /// </summary>
    public int MaxComplexity { get; set; } = 5000;

    /// <summary>Rows assumed for a list field without <c>first</c>/<c>last</c>: the default page size.</summary>
    public int DefaultListSize { get; set; } = 10;
}

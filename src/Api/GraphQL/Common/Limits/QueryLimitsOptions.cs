namespace Platform.Api.GraphQL.Common.Limits;

/// <summary>
/// Bounds on what one GraphQL request may ask for, bound from the <c>GraphQL</c> configuration
/// section. Every bound is checked before validation and execution, for every caller, anonymous
/// ones included; README "Limits" explains how the defaults were chosen.
/// </summary>
public sealed class QueryLimitsOptions
{
    public const string SectionName = "GraphQL";

    /// <summary>Longest accepted document, in characters. graphql-js's full introspection query has about 2,100.</summary>
    public int MaxDocumentLength { get; set; } = 100_000;

    /// <summary>
    /// Most lexical tokens (names, punctuation, values) in a document, counted before it is parsed.
    /// graphql-js's full introspection query has 184.
    /// </summary>
    public int MaxTokens { get; set; } = 10_000;

    /// <summary>Deepest nesting the parser accepts, in syntax nodes (selections, values, lists); beyond it is <c>MAX_DEPTH</c>.</summary>
    public int MaxParserDepth { get; set; } = 128;

    /// <summary>Most field selections written in a document, each counted once however often a fragment is spread.</summary>
    public int MaxFields { get; set; } = 1_000;

    /// <summary>Most aliased fields in a document.</summary>
    public int MaxAliases { get; set; } = 100;

    /// <summary>Most directives (<c>@include</c>, <c>@skip</c>, …) in a document.</summary>
    public int MaxDirectives { get; set; } = 50;

    /// <summary>
    /// Deepest allowed nesting of fields, counting a root field as 1. Introspection fields do not
    /// count (their <c>ofType</c> chains are long but cheap); they have <see cref="MaxIntrospectionListDepth"/>.
    /// </summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>
    /// Largest allowed estimated cost of the selected operation (see <see cref="FieldCost"/>,
    /// <see cref="ConnectionCost"/>, <see cref="IntrospectionCost"/>). The default admits a full page
    /// of 100 cases with about 50 fields and nested lists each, but not a page of 100 inside a page of 100.
    /// </summary>
    public int MaxComplexity { get; set; } = 10_000;

    /// <summary>Rows assumed for a list without <c>first</c>/<c>last</c>: the default page size.</summary>
    public int DefaultListSize { get; set; } = 10;

    /// <summary>Cost of a field, times the rows of every list above it; <c>__typename</c> included.</summary>
    public int FieldCost { get; set; } = 1;

    /// <summary>Cost of a paged field (one that takes <c>first</c>/<c>last</c>): one more query per level.</summary>
    public int ConnectionCost { get; set; } = 10;

    /// <summary>Flat cost of each <c>__schema</c> or <c>__type</c> selection, whatever it selects below.</summary>
    public int IntrospectionCost { get; set; } = 1_000;

    /// <summary>
    /// How deeply the introspection lists <c>fields</c>, <c>inputFields</c>, <c>interfaces</c> and
    /// <c>possibleTypes</c> may nest inside each other. The standard introspection query needs 1.
    /// </summary>
    public int MaxIntrospectionListDepth { get; set; } = 2;

    /// <summary>Most errors returned for one request; the rest are summed up in one last error.</summary>
    public int MaxErrors { get; set; } = 100;

    /// <summary>Most values in one list filter operand (<c>in</c>, <c>nin</c>), as many as the largest page.</summary>
    public int MaxFilterValues { get; set; } = 100;

    /// <summary>
    /// Most nested object and list filters or sorts inside each other in one <c>where</c> or <c>order</c>
    /// argument (<c>events: { some: { case: { handlingUnit: … } } }</c> is 3); beyond it is <c>MAX_DEPTH</c>.
    /// </summary>
    public int MaxFilterDepth { get; set; } = 3;

    /// <summary>Cost of each nested object or list filter or sort an argument writes: a join or subquery per row.</summary>
    public int NestedFilterCost { get; set; } = 5;

    /// <summary>
    /// Time one request may spend in parsing, validation and execution before it ends with
    /// <c>TIMEOUT</c>; its database queries are cancelled with it.
    /// </summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);
}

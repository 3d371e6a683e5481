namespace Platform.Api.GraphQL.Common.Limits;

/// <summary>
/// What <see cref="OperationCost"/> found for a selection set, a fragment or a whole operation.
/// </summary>
/// <param name="Cost">Estimated work: fields times the rows of the lists above them.</param>
/// <param name="Depth">Deepest nesting of data fields, a root field counting 1; introspection below its entry field counts 0.</param>
/// <param name="IntrospectionLists">Deepest nesting of the introspection lists <c>fields</c>, <c>inputFields</c>, <c>interfaces</c>, <c>possibleTypes</c>.</param>
/// <param name="UsesIntrospection">Selects <c>__schema</c> or <c>__type</c>.</param>
/// <param name="TouchesData">Selects a field other than <c>__typename</c> and introspection, i.e. reads the platform's data.</param>
/// <param name="FilterDepth">Deepest nesting of object and list filters and nested sorts in one argument.</param>
public readonly record struct OperationMeasure(
    double Cost, int Depth, int IntrospectionLists, bool UsesIntrospection, bool TouchesData, int FilterDepth = 0)
{
    public static readonly OperationMeasure Zero = new(0, 0, 0, false, false);

    /// <summary>Two selections side by side: costs add up, depths are the greater one.</summary>
    public OperationMeasure Beside(OperationMeasure other) => new(
        Cost + other.Cost,
        Math.Max(Depth, other.Depth),
        Math.Max(IntrospectionLists, other.IntrospectionLists),
        UsesIntrospection || other.UsesIntrospection,
        TouchesData || other.TouchesData,
        Math.Max(FilterDepth, other.FilterDepth));
}

using GraphQL.Types;

namespace Platform.Api.GraphQL.Common.Filtering;

/// <summary>
/// HotChocolate's list filter, <c>ListFilterInputTypeOf&lt;Element&gt;FilterInput { all none some any }</c>:
/// <c>some</c>, <c>none</c> and <c>all</c> take the element's filter, <c>any</c> whether the list has
/// an element at all. The name follows the element filter's own <c>Name</c>, read from an instance.
/// </summary>
public sealed class ListFilterInputType<TElementFilter> : InputObjectGraphType
    where TElementFilter : InputObjectGraphType, new()
{
    private static readonly string ElementName = new TElementFilter().Name;

    public ListFilterInputType()
    {
        Name = $"ListFilterInputTypeOf{ElementName}";
        Field<TElementFilter>("all").Description("Every element matches; a list without elements matches.");
        Field<TElementFilter>("none").Description("No element matches.");
        Field<TElementFilter>("some").Description("At least one element matches.");
        Field<BooleanGraphType>("any").Description("true: the list has an element; false: it has none.");
    }
}

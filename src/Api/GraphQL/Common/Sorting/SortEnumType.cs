using GraphQL.Types;

namespace Platform.Api.GraphQL.Common.Sorting;

/// <summary>HotChocolate's <c>enum SortEnumType { ASC DESC }</c>.</summary>
public sealed class SortEnumType : EnumerationGraphType
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Add("ASC", SortDirection.Ascending);
        Add("DESC", SortDirection.Descending);
    }
}

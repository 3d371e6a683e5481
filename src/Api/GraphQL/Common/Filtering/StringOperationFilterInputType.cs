using GraphQL.Types;

namespace Platform.Api.GraphQL.Common.Filtering;

public sealed class StringOperationFilterInputType : InputObjectGraphType
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputType>>>("and");
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputType>>>("or");
        Field<StringGraphType>("eq");
        Field<StringGraphType>("neq");
        Field<StringGraphType>("contains");
        Field<StringGraphType>("ncontains");
        Field<ListGraphType<StringGraphType>>("in");
        Field<ListGraphType<StringGraphType>>("nin");
        Field<StringGraphType>("startsWith");
        Field<StringGraphType>("nstartsWith");
        Field<StringGraphType>("endsWith");
        Field<StringGraphType>("nendsWith");
    }
}

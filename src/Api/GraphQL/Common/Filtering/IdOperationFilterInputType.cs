using GraphQL.Types;

namespace Platform.Api.GraphQL.Common.Filtering;

public sealed class IdOperationFilterInputType : InputObjectGraphType
{
    public IdOperationFilterInputType()
    {
        Name = "IdOperationFilterInput";
        Field<IdGraphType>("eq");
        Field<IdGraphType>("neq");
        Field<ListGraphType<IdGraphType>>("in");
        Field<ListGraphType<IdGraphType>>("nin");
    }
}

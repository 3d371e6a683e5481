using GraphQL.Types;

namespace Platform.Api.GraphQL.Common.Filtering;

public sealed class IntOperationFilterInputType : ComparableOperationFilterInputType<IntGraphType>
{
    public IntOperationFilterInputType()
        : base("IntOperationFilterInput")
    {
    }
}

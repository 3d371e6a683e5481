using GraphQL.Types;

namespace Platform.Api.GraphQL.Common.Filtering;

public sealed class LongOperationFilterInputType : ComparableOperationFilterInputType<LongGraphType>
{
    public LongOperationFilterInputType()
        : base("LongOperationFilterInput")
    {
    }
}

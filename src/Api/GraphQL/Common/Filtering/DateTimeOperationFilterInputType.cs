using GraphQL.Types;

namespace Platform.Api.GraphQL.Common.Filtering;

public sealed class DateTimeOperationFilterInputType : ComparableOperationFilterInputType<DateTimeGraphType>
{
    public DateTimeOperationFilterInputType()
        : base("DateTimeOperationFilterInput")
    {
    }
}

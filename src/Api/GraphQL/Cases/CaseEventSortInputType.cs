using Platform.Api.GraphQL.Common.Sorting;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

public sealed class CaseEventSortInputType : SortInputType<CaseEvent>
{
    public CaseEventSortInputType()
    {
        Name = "CaseEventSortInput";
        Field("occurredAt", e => e.OccurredAt);
        Field("kind", e => e.Kind);
    }
}

using Platform.Api.GraphQL.Common.Sorting;
using Platform.Api.GraphQL.Units;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Workrooms;

public sealed class WorkroomSortInputType : SortInputType<Workroom>
{
    public WorkroomSortInputType()
    {
        Name = "WorkroomSortInput";
        Field("name", w => w.Name);
        Field("createdAt", w => w.CreatedAt);
        ObjectField<Unit, UnitSortInputType>("unit", w => w.Unit);
    }
}

using Platform.Api.GraphQL.Common.Sorting;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Units;

public sealed class UnitSortInputType : SortInputType<Unit>
{
    public UnitSortInputType()
    {
        Name = "UnitSortInput";
        Field("code", u => u.Code);
        Field("name", u => u.Name);
        Field("path", u => u.Path);
        Field("depth", u => u.Depth);
    }
}

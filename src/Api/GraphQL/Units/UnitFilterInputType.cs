using Platform.Api.GraphQL.Common.Filtering;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Units;

public sealed class UnitFilterInputType : FilterInputType<Unit>
{
    public UnitFilterInputType()
    {
        Name = "UnitFilterInput";
        Field("code", u => u.Code);
        Field("name", u => u.Name);
        Field<UnitKind, UnitKindEnum>("kind", u => u.Kind);
        Field("path", u => u.Path);
        Field("depth", u => u.Depth);
        ObjectField<Unit, UnitFilterInputType>("parent", u => u.Parent);
    }
}

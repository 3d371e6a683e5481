using Platform.Api.GraphQL.Common.Enums;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Units;

public sealed class UnitKindEnum : ConstantCaseEnum<UnitKind>
{
    public UnitKindEnum()
    {
        Name = "UnitKind";
        Description = "The level of a unit in the jurisdiction tree.";
    }
}

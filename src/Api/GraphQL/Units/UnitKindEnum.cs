using Platform.Api.GraphQL.Common.Enums;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Units;

public sealed class UnitKindEnum : ConstantCaseEnum<UnitKind>
{
    public UnitKindEnum()
    {
        Name = "UnitKind";
        Description = "The level of a unit in the jurisdiction tree; DEPARTMENT is a functional department (派出所, 司法所 …): a share target, not a level.";
    }
}

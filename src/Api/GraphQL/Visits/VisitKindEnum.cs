using Platform.Api.GraphQL.Common.Enums;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Visits;

public sealed class VisitKindEnum : ConstantCaseEnum<VisitKind>
{
    public VisitKindEnum()
    {
        Name = "VisitKind";
        Description = "DOOR_TO_DOOR (全员走访), LEADER_VISIT (下访) or EARLY_MORNING (清晨访问团).";
    }
}

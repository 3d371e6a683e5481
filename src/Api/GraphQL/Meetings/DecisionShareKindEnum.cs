using Platform.Api.GraphQL.Common.Enums;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Meetings;

public sealed class DecisionShareKindEnum : ConstantCaseEnum<DecisionShareKind>
{
    public DecisionShareKindEnum()
    {
        Name = "DecisionShareKind";
        Description = "How a meeting's decision hands a case on: ASSIGN (交办), REFER (转办) or ASSIST (协办).";
    }
}

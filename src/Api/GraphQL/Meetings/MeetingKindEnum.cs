using Platform.Api.GraphQL.Common.Enums;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Meetings;

public sealed class MeetingKindEnum : ConstantCaseEnum<MeetingKind>
{
    public MeetingKindEnum()
    {
        Name = "MeetingKind";
        Description = "The kind of meeting: ROUTINE (信访工作例会), JOINT (矛盾化解联席会), ANALYSIS (民情分析会).";
    }
}

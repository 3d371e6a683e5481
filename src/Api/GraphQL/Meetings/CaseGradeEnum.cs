using Platform.Api.GraphQL.Common.Enums;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Meetings;

public sealed class CaseGradeEnum : ConstantCaseEnum<CaseGrade>
{
    public CaseGradeEnum()
    {
        Name = "CaseGrade";
        Description = "How hard a case on a meeting's agenda is (分级): GENERAL, HARD, MAJOR.";
    }
}

using GraphQL.Types;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.GraphQL.Units;
using Platform.Workflow.Meetings;

namespace Platform.Api.GraphQL.Meetings;

public sealed class DecideOnCaseInputType : MutationInputType<DecideOnCaseInput>
{
    public DecideOnCaseInputType()
    {
        Name = "DecideOnCaseInput";
        this.Reference("meetingId", MeetingType.TypeName, "The meeting that decides.", "The meeting's version as the client read it.");
        this.Id("caseId", CaseType.TypeName).Description("A case of the meeting's agenda.");
        Field<NonNullGraphType<IntGraphType>>("caseVersion").Description("The case's version as the client read it.");
        this.Id("unitId", UnitType.TypeName).Description("The unit the case is handed to.");
        Field<NonNullGraphType<DecisionShareKindEnum>>("shareKind").Description("ASSIGN to a level below, REFER to any unit (a department, say), ASSIST to widen it.");
        Field(d => d.Text).Description("What is decided; also the share's reason. At most 2,000 characters.");
        Field<NonNullGraphType<DateTimeGraphType>>("dueAt").Description("By when it is to be done; in the future.");
    }
}

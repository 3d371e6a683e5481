using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Cases;

namespace Platform.Api.GraphQL.Cases;

public sealed class SuperviseCaseInputType : MutationInputType<SuperviseCaseInput>
{
    public SuperviseCaseInputType()
    {
        Name = "SuperviseCaseInput";
        this.AddCaseReference();
        Field<NonNullGraphType<SupervisionLevelEnum>>("level");
        Field<NonNullGraphType<DateTimeGraphType>>("replyDueAt").Description("When the handling unit's reply is due; must be in the future.");
        Field(s => s.Instruction).Description("What the superior unit orders; at most 4,000 characters.");
    }
}

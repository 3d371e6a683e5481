using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Cases;

namespace Platform.Api.GraphQL.Cases;

public sealed class ReplyToSupervisionInputType : MutationInputType<ReplyToSupervisionInput>
{
    public ReplyToSupervisionInputType()
    {
        Name = "ReplyToSupervisionInput";
        this.AddCaseReference();
        this.Id("supervisionId", CaseSupervisionType.TypeName).Description("The order to reply to (CaseSupervision.id).");
        Field(s => s.Reply).Description("The handling unit's reply; at most 4,000 characters.");
    }
}

using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Cases;

namespace Platform.Api.GraphQL.Cases;

public sealed class ExtendDeadlineInputType : MutationInputType<ExtendDeadlineInput>
{
    public ExtendDeadlineInputType()
    {
        Name = "ExtendDeadlineInput";
        this.AddCaseReference();
        Field(e => e.Days).Description("Days added to resolveDueAt: 1 to the policy's maximum (30 by default).");
        Field(e => e.Reason).Description("Why more time is needed (required).");
    }
}

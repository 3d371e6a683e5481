using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Mediation;

namespace Platform.Api.GraphQL.Mediation;

public sealed class CancelMediationInputType : MutationInputType<CancelMediationInput>
{
    public CancelMediationInputType()
    {
        Name = "CancelMediationInput";
        this.AddSessionReference();
        Field(m => m.Reason).Description("Why the session is cancelled; required, at most 2,000 characters.");
    }
}

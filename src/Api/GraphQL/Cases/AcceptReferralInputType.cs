using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Cases;

namespace Platform.Api.GraphQL.Cases;

public sealed class AcceptReferralInputType : MutationInputType<AcceptReferralInput>
{
    public AcceptReferralInputType()
    {
        Name = "AcceptReferralInput";
        this.AddCaseReference();
        Field<StringGraphType>("note").Description("An optional note on taking the case over; at most 2,000 characters.");
    }
}

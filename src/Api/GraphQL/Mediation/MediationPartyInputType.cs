using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Mediation;

namespace Platform.Api.GraphQL.Mediation;

public sealed class MediationPartyInputType : MutationInputType<MediationPartyInput>
{
    public MediationPartyInputType()
    {
        Name = "MediationPartyInput";
        Field(p => p.Name).Description("The party's name (personal data).");
        Field(p => p.Phone, nullable: true).Description("The party's phone (personal data).");
        Field(p => p.Side, nullable: true).Description("The party's side, e.g. 申请人 or 被申请人.");
    }
}

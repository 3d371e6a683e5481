using GraphQL;
using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Campaigns;

namespace Platform.Api.GraphQL.Campaigns;

/// <summary>The input of the campaign mutations that take only the campaign and its version; one instance per mutation.</summary>
[DoNotRegister]
public sealed class CampaignChangeInputType : MutationInputType<CampaignChangeInput>
{
    public CampaignChangeInputType(string name)
    {
        Name = name;
        this.AddCampaignReference();
    }
}

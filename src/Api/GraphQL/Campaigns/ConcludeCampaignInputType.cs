using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Campaigns;

namespace Platform.Api.GraphQL.Campaigns;

public sealed class ConcludeCampaignInputType : MutationInputType<ConcludeCampaignInput>
{
    public ConcludeCampaignInputType()
    {
        Name = "ConcludeCampaignInput";
        this.AddCampaignReference();
        Field(c => c.Summary).Description("What came of the campaign (required, at most 10,000 characters).");
    }
}

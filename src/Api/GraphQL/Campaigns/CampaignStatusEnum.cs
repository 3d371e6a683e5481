using GraphQL.Types;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Campaigns;

public sealed class CampaignStatusEnum : EnumerationGraphType<CampaignStatus>
{
    public CampaignStatusEnum()
    {
        Name = "CampaignStatus";
        Description = "The lifecycle state of a suggestion campaign.";
    }
}

using Platform.Api.GraphQL.Common.Enums;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Campaigns;

public sealed class CampaignStatusEnum : ConstantCaseEnum<CampaignStatus>
{
    public CampaignStatusEnum()
    {
        Name = "CampaignStatus";
        Description = "The lifecycle state of a suggestion campaign.";
    }
}

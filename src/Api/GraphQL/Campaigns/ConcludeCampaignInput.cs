namespace Platform.Api.GraphQL.Campaigns;

public sealed class ConcludeCampaignInput : CampaignChangeInput
{
    public string Summary { get; set; } = "";
}

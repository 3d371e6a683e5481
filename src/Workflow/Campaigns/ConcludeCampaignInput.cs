namespace Platform.Workflow.Campaigns;

public sealed record ConcludeCampaignInput : CampaignChangeInput
{
    public string Summary { get; init; } = "";
}

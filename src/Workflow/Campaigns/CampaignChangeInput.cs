namespace Platform.Workflow.Campaigns;

/// <summary>A change to an existing campaign: its key and the version the client read.</summary>
public record CampaignChangeInput
{
    public int CampaignId { get; init; }

    public int Version { get; init; }
}

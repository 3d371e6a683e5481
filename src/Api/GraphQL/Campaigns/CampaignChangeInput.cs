namespace Platform.Api.GraphQL.Campaigns;

/// <summary>A change to an existing campaign: its id and the version the client read.</summary>
public class CampaignChangeInput
{
    public string CampaignId { get; set; } = "";

    public int Version { get; set; }
}

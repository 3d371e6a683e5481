namespace Platform.Api.GraphQL.Campaigns;

public sealed class CreateCampaignInput
{
    public string? UnitId { get; set; }
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public DateTime OpensAt { get; set; }
    public DateTime ClosesAt { get; set; }
}

using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Campaigns;

public sealed class SubmitSuggestionInput
{
    public string CampaignId { get; set; } = "";
    public string Content { get; set; } = "";
    public string? Topic { get; set; }
    public SuggestionChannel Channel { get; set; }
    public string? SubmitterName { get; set; }
    public string? SubmitterPhone { get; set; }
}

using Platform.Data.Entities;

namespace Platform.Workflow.Campaigns;

public sealed record SubmitSuggestionInput
{
    public int CampaignId { get; init; }
    public string Content { get; init; } = "";
    public string? Topic { get; init; }
    public SuggestionChannel Channel { get; init; }
    public string? SubmitterName { get; init; }
    public string? SubmitterPhone { get; init; }
}

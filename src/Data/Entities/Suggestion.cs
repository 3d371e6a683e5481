namespace Platform.Data.Entities;

/// <summary>One suggestion (人民建议) to a campaign; submitter contact is PII.</summary>
public sealed class Suggestion : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int CampaignId { get; set; }
    public Campaign? Campaign { get; set; }
    public string OwnerPath { get; set; } = "";
    public string Content { get; set; } = "";
    public string? Topic { get; set; }
    public SuggestionChannel Channel { get; set; }
    public string? SubmitterName { get; set; }
    public string? SubmitterPhone { get; set; }
    public DateTime SubmittedAt { get; set; }
    public SuggestionStatus Status { get; set; }
    public string? Response { get; set; }
    public DateTime? AnsweredAt { get; set; }
    public int? ImplementationProgress { get; set; }
    public string? ImplementationNote { get; set; }
    public int? CaseId { get; set; }
    public int Version { get; set; } = 1;
}

namespace Platform.Data.Entities;

/// <summary>A call for suggestions (人民建议征集) on a topic.</summary>
public sealed class Campaign : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public string OwnerPath { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public CampaignStatus Status { get; set; }
    public DateTime OpensAt { get; set; }
    public DateTime ClosesAt { get; set; }
    public bool AnswersPublished { get; set; }
    public string? Summary { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; } = 1;
    public List<Suggestion> Suggestions { get; set; } = [];
}

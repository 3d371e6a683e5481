namespace Platform.Workflow.Campaigns;

/// <summary>A new campaign; <see cref="UnitId"/> null means the actor's own unit.</summary>
public sealed record CreateCampaignInput
{
    public int? UnitId { get; init; }
    public string Title { get; init; } = "";
    public string? Description { get; init; }
    public DateTime OpensAt { get; init; }
    public DateTime ClosesAt { get; init; }
}

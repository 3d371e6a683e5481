namespace Platform.Data.Entities;

/// <summary>A respected resident who mediates in a workroom; the phone is PII.</summary>
public sealed class Elder : ITenantOwned
{
    public int Id { get; set; }
    public int WorkroomId { get; set; }
    public Workroom? Workroom { get; set; }
    public string OwnerPath { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>Comma-separated expertise tags such as <c>LAW,PROPERTY</c>.</summary>
    public string Expertise { get; set; } = "";
    public string? Phone { get; set; }
    public string? UserId { get; set; }
    public bool Active { get; set; } = true;
    public DateTime JoinedAt { get; set; }
}

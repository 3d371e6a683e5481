namespace Platform.Data.Entities;

/// <summary>An elders' workroom (乡贤工作室) that hosts mediation.</summary>
public sealed class Workroom : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public string OwnerPath { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Address { get; set; }
    public string? OpeningHours { get; set; }
    public string? Description { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; } = 1;
    public List<Elder> Elders { get; set; } = [];
    public List<MediationSession> Sessions { get; set; } = [];
}

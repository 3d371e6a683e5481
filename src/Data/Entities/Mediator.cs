namespace Platform.Data.Entities;

/// <summary>A mediator of a session: a staff member or an elder of a workroom.</summary>
public sealed class Mediator : ITenantOwned
{
    public int Id { get; set; }
    public int SessionId { get; set; }
    public MediationSession? Session { get; set; }
    public string OwnerPath { get; set; } = "";
    public MediatorKind Kind { get; set; }
    public string Name { get; set; } = "";
    public int? ElderId { get; set; }
    public string? Organization { get; set; }
}

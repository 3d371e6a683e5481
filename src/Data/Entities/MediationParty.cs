namespace Platform.Data.Entities;

/// <summary>A party to a mediation; name and phone are PII.</summary>
public sealed class MediationParty : ITenantOwned
{
    public int Id { get; set; }
    public int SessionId { get; set; }
    public MediationSession? Session { get; set; }
    public string OwnerPath { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Phone { get; set; }
    public string? Side { get; set; }
}

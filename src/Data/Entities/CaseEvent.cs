namespace Platform.Data.Entities;

/// <summary>An immutable entry of a case's timeline.</summary>
public sealed class CaseEvent : ICaseRecord
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public Case? Case { get; set; }
    public string OwnerPath { get; set; } = "";
    public CaseEventKind Kind { get; set; }
    public DateTime OccurredAt { get; set; }
    public string ActorId { get; set; } = "";
    public string ActorName { get; set; } = "";
    public int ActorUnitId { get; set; }
    public string? Note { get; set; }

    /// <summary>Kind-specific details as a JSON object.</summary>
    public string? Data { get; set; }
}

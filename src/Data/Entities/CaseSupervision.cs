namespace Platform.Data.Entities;

/// <summary>A supervision order (督办) from a superior unit.</summary>
public sealed class CaseSupervision : ICaseRecord
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public Case? Case { get; set; }
    public string OwnerPath { get; set; } = "";
    public int IssuedByUnitId { get; set; }
    public string IssuedById { get; set; } = "";
    public SupervisionLevel Level { get; set; }
    public string Instruction { get; set; } = "";
    public DateTime IssuedAt { get; set; }
    public DateTime ReplyDueAt { get; set; }
    public string? Reply { get; set; }
    public DateTime? RepliedAt { get; set; }
}

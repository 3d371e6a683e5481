namespace Platform.Data.Entities;

/// <summary>
/// An outreach visit (全员走访, 下访, 清晨访问团) by a team to an area (the owning unit: a township,
/// committee or grid), with the households visited, a questionnaire and the issues found. A record (rule 1).
/// </summary>
public sealed class OutreachVisit : ITenantOwned, IVersioned
{
    public int Id { get; set; }
    public int OwnerUnitId { get; set; }
    public Unit? OwnerUnit { get; set; }
    public string OwnerPath { get; set; } = "";
    public VisitKind Kind { get; set; }
    public string Team { get; set; } = "";
    public DateTime VisitedOn { get; set; }
    public int Households { get; set; }
    public int Version { get; set; } = 1;
    public List<QuestionnaireQuestion> Questions { get; set; } = [];
    public List<VisitIssue> Issues { get; set; } = [];
}

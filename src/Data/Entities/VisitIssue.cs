namespace Platform.Data.Entities;

/// <summary>An issue found on a visit; converted, it names the case it became (the link is kept both ways through this row).</summary>
public sealed class VisitIssue : ITenantOwned
{
    public int Id { get; set; }
    public int VisitId { get; set; }
    public OutreachVisit? Visit { get; set; }

    /// <summary>The visit's owner path.</summary>
    public string OwnerPath { get; set; } = "";
    public int Position { get; set; }
    public string Description { get; set; } = "";
    public int? CaseId { get; set; }
    public Case? Case { get; set; }
}

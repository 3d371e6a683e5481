namespace Platform.Data.Entities;

/// <summary>A topic of a meeting (议题), optionally about a case (graded, 分级) or a suggestion.</summary>
public sealed class MeetingAgendaItem : ITenantOwned
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public Meeting? Meeting { get; set; }

    /// <summary>The meeting's owner path.</summary>
    public string OwnerPath { get; set; } = "";
    public int Position { get; set; }
    public string Title { get; set; } = "";
    public int? CaseId { get; set; }
    public Case? Case { get; set; }
    public int? SuggestionId { get; set; }
    public Suggestion? Suggestion { get; set; }
    public CaseGrade? Grade { get; set; }
}

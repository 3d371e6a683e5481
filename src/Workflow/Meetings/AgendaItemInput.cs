using Platform.Data.Entities;

namespace Platform.Workflow.Meetings;

/// <summary>A topic of a new meeting: about a visible case (graded or not), a visible suggestion, or neither.</summary>
public sealed record AgendaItemInput
{
    public string Title { get; init; } = "";
    public int? CaseId { get; init; }
    public int? SuggestionId { get; init; }
    public CaseGrade? Grade { get; init; }
}

namespace Platform.Workflow.Cases;

/// <summary>A change to a case that carries a note: adding a note, or a reminder.</summary>
public sealed record CaseNoteInput : CaseChangeInput
{
    public string? Note { get; init; }
}

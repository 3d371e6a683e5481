namespace Platform.Api.GraphQL.Cases;

/// <summary>A change to a case that carries a note: adding a note, or a reminder.</summary>
public sealed class CaseNoteInput : CaseChangeInput
{
    public string? Note { get; set; }
}

using Platform.Data.Entities;

namespace Platform.Workflow.Visits;

/// <summary>A question of a visit's questionnaire; <see cref="Options"/> only for a CHOICE question.</summary>
public sealed record QuestionInput
{
    public string Text { get; init; } = "";
    public QuestionKind Kind { get; init; }
    public IReadOnlyList<string> Options { get; init; } = [];
}

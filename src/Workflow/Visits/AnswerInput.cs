namespace Platform.Workflow.Visits;

/// <summary>An answer to one question, in the questionnaire's order: the field its kind asks for, or none when skipped.</summary>
public sealed record AnswerInput
{
    public string? Choice { get; init; }
    public int? Rating { get; init; }
    public string? Text { get; init; }
}

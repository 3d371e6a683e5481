namespace Platform.Workflow.Visits;

/// <summary>One filled-in questionnaire: an answer per question, in order.</summary>
public sealed record ResponseInput
{
    public IReadOnlyList<AnswerInput> Answers { get; init; } = [];
}

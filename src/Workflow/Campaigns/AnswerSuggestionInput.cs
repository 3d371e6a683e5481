using Platform.Data.Entities;

namespace Platform.Workflow.Campaigns;

public sealed record AnswerSuggestionInput : SuggestionChangeInput
{
    public SuggestionStatus Status { get; init; }
    public string? Response { get; init; }
}

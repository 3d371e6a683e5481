using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Campaigns;

public sealed class AnswerSuggestionInput : SuggestionChangeInput
{
    public SuggestionStatus Status { get; set; }
    public string? Response { get; set; }
}

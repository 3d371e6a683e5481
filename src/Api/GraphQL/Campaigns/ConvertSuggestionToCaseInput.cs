using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Campaigns;

public sealed class ConvertSuggestionToCaseInput : SuggestionChangeInput
{
    public CaseCategory Category { get; set; }
    public string? UnitId { get; set; }
}

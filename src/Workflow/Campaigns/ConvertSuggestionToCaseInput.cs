using Platform.Data.Entities;

namespace Platform.Workflow.Campaigns;

/// <summary>A case from a suggestion; <see cref="UnitId"/> null means the campaign's unit.</summary>
public sealed record ConvertSuggestionToCaseInput : SuggestionChangeInput
{
    public CaseCategory Category { get; init; }
    public int? UnitId { get; init; }
}

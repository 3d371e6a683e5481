namespace Platform.Workflow.Campaigns;

public sealed record RecordImplementationInput : SuggestionChangeInput
{
    public int Progress { get; init; }
    public string? Note { get; init; }
}

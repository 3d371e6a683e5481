namespace Platform.Api.GraphQL.Campaigns;

public sealed class RecordImplementationInput : SuggestionChangeInput
{
    public int Progress { get; set; }
    public string? Note { get; set; }
}

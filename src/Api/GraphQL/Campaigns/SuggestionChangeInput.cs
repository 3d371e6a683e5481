namespace Platform.Api.GraphQL.Campaigns;

/// <summary>Base of the inputs that change an existing suggestion.</summary>
public abstract class SuggestionChangeInput
{
    public string SuggestionId { get; set; } = "";

    public int Version { get; set; }
}

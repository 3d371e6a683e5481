namespace Platform.Workflow.Campaigns;

/// <summary>Base of the inputs that change an existing suggestion: its key and the version the client read.</summary>
public abstract record SuggestionChangeInput
{
    public int SuggestionId { get; init; }

    public int Version { get; init; }
}

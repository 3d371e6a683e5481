namespace Platform.Workflow.Mediation;

/// <summary>Base of the inputs that change an existing mediation session: its key and the version the client read.</summary>
public abstract record SessionChangeInput
{
    public int SessionId { get; init; }

    public int Version { get; init; }
}

namespace Platform.Workflow.Visits;

/// <summary>Base of the inputs that change an existing visit: its key and the version the client read.</summary>
public abstract record VisitChangeInput
{
    public int VisitId { get; init; }
    public int Version { get; init; }
}

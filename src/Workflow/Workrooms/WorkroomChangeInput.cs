namespace Platform.Workflow.Workrooms;

/// <summary>Base of the inputs that change an existing workroom: its key and the version the client read.</summary>
public abstract record WorkroomChangeInput
{
    public int WorkroomId { get; init; }

    public int Version { get; init; }
}

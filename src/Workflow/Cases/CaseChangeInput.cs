namespace Platform.Workflow.Cases;

/// <summary>
/// Base of the inputs that change an existing case: its key and the version the client read.
/// A key that names no case (0 for an id that is not a case's) is NOT_FOUND.
/// </summary>
public abstract record CaseChangeInput
{
    public int CaseId { get; init; }

    public int Version { get; init; }
}

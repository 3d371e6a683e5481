namespace Platform.Workflow.Meetings;

/// <summary>Base of the inputs that change an existing meeting: its key and the version the client read.</summary>
public abstract record MeetingChangeInput
{
    public int MeetingId { get; init; }
    public int Version { get; init; }
}

namespace Platform.Workflow.Meetings;

/// <summary>The minutes (会议纪要) of a meeting, replacing any recorded before.</summary>
public sealed record RecordMinutesInput : MeetingChangeInput
{
    public string Minutes { get; init; } = "";
}

using Platform.Data.Entities;

namespace Platform.Workflow.Meetings;

/// <summary>A new meeting. <see cref="UnitId"/> null means the actor's own unit.</summary>
public sealed record CreateMeetingInput
{
    public MeetingKind Kind { get; init; }
    public string Title { get; init; } = "";
    public DateTime HeldAt { get; init; }
    public string Place { get; init; } = "";
    public int? UnitId { get; init; }
    public IReadOnlyList<int> AttendingUnitIds { get; init; } = [];
    public IReadOnlyList<AgendaItemInput> AgendaItems { get; init; } = [];
    public string? Minutes { get; init; }
}

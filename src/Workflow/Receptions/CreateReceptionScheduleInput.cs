namespace Platform.Workflow.Receptions;

/// <summary>A leader's reception day. <see cref="UnitId"/> null means the actor's own unit; <see cref="Weekday"/> null means dated appointments only.</summary>
public sealed record CreateReceptionScheduleInput
{
    public int? UnitId { get; init; }
    public string LeaderUserName { get; init; } = "";
    public string Place { get; init; } = "";
    public DayOfWeek? Weekday { get; init; }
}

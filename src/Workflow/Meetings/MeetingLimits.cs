namespace Platform.Workflow.Meetings;

/// <summary>The lengths and counts the meeting inputs may reach.</summary>
public static class MeetingLimits
{
    public const int Title = 200;
    public const int Place = 200;
    public const int Minutes = 20_000;
    public const int DecisionText = 2_000;
    public const int AttendingUnits = 30;
    public const int AgendaItems = 50;
}

using Platform.Data.Entities;

namespace Platform.Workflow.Receptions;

/// <summary>An appointment (主动约访) at a reception day, for a resident.</summary>
public sealed record BookReceptionInput
{
    public int ScheduleId { get; init; }
    public DateTime At { get; init; }
    public string PetitionerName { get; init; } = "";
    public string? PetitionerPhone { get; init; }
    public int Headcount { get; init; } = 1;
    public CaseCategory Category { get; init; }
    public string Subject { get; init; } = "";
    public string Description { get; init; } = "";
}

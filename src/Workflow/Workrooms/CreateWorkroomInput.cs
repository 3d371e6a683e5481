namespace Platform.Workflow.Workrooms;

/// <summary>A new workroom; <see cref="UnitId"/> null means the actor's own unit.</summary>
public sealed record CreateWorkroomInput
{
    public int? UnitId { get; init; }
    public string Name { get; init; } = "";
    public string? Address { get; init; }
    public string? OpeningHours { get; init; }
    public string? Description { get; init; }
}

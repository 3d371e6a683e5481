namespace Platform.Workflow.Workrooms;

/// <summary>The fields to change; a null field stays as it is.</summary>
public sealed record UpdateWorkroomInput : WorkroomChangeInput
{
    public string? Name { get; init; }
    public string? Address { get; init; }
    public string? OpeningHours { get; init; }
    public string? Description { get; init; }
}

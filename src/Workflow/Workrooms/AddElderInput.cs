namespace Platform.Workflow.Workrooms;

public sealed record AddElderInput : WorkroomChangeInput
{
    public string Name { get; init; } = "";
    public IReadOnlyList<string> Expertise { get; init; } = [];
    public string? Phone { get; init; }
    public string? Account { get; init; }
}

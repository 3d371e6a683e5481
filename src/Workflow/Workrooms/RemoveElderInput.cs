namespace Platform.Workflow.Workrooms;

public sealed record RemoveElderInput : WorkroomChangeInput
{
    public int ElderId { get; init; }
}

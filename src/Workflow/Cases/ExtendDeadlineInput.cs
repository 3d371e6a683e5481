namespace Platform.Workflow.Cases;

public sealed record ExtendDeadlineInput : CaseChangeInput
{
    public int Days { get; init; }

    public string Reason { get; init; } = "";
}

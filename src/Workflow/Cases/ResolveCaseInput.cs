namespace Platform.Workflow.Cases;

public sealed record ResolveCaseInput : CaseChangeInput
{
    public string Answer { get; init; } = "";
}

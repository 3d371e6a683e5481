namespace Platform.Workflow.Cases;

public sealed record ReplyToSupervisionInput : CaseChangeInput
{
    public int SupervisionId { get; init; }

    public string Reply { get; init; } = "";
}

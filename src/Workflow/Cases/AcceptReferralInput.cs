namespace Platform.Workflow.Cases;

public sealed record AcceptReferralInput : CaseChangeInput
{
    public string? Note { get; init; }
}

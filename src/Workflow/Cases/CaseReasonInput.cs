namespace Platform.Workflow.Cases;

/// <summary>A change to a case that carries an optional (or, for some acts, required) reason or note.</summary>
public sealed record CaseReasonInput : CaseChangeInput
{
    public string? Reason { get; init; }
}

namespace Platform.Workflow.Cases;

/// <summary>A share of a case with another unit (交办/上报/转办/协办): the target's key and why.</summary>
public sealed record ShareCaseInput : CaseChangeInput
{
    public int UnitId { get; init; }

    public string? Reason { get; init; }
}

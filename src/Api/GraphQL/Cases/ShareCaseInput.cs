namespace Platform.Api.GraphQL.Cases;

/// <summary>A share of a case with another unit (交办/上报/转办/协办): the target and why.</summary>
public sealed class ShareCaseInput : CaseChangeInput
{
    public string UnitId { get; set; } = "";

    public string? Reason { get; set; }
}

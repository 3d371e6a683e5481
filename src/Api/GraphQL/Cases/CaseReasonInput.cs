namespace Platform.Api.GraphQL.Cases;

/// <summary>A change to a case that carries an optional reason or note.</summary>
public sealed class CaseReasonInput : CaseChangeInput
{
    public string? Reason { get; set; }
}

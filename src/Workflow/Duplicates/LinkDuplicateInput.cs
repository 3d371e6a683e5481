using Platform.Workflow.Cases;

namespace Platform.Workflow.Duplicates;

/// <summary>Marks the case as a repeat (重复信访) of <see cref="PrimaryCaseId"/>, which stays the one handled.</summary>
public sealed record LinkDuplicateInput : CaseChangeInput
{
    public int PrimaryCaseId { get; init; }
    public string? Reason { get; init; }
}

using Platform.Data.Entities;
using Platform.Workflow.Cases;

namespace Platform.Workflow.Visits;

/// <summary>Turns the visit's issue number <see cref="Issue"/> (from 1) into a case of the visited unit.</summary>
public sealed record ConvertIssueToCaseInput : VisitChangeInput
{
    public int Issue { get; init; }
    public CaseCategory Category { get; init; }
    public IReadOnlyList<PetitionerInput> Petitioners { get; init; } = [];
    public int Headcount { get; init; } = 1;
}

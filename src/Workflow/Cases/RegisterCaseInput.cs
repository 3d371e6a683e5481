using Platform.Data.Entities;

namespace Platform.Workflow.Cases;

/// <summary>A newly received petition. <see cref="UnitId"/> null means the actor's own unit.</summary>
public sealed record RegisterCaseInput
{
    public IReadOnlyList<PetitionerInput> Petitioners { get; init; } = [];
    public int Headcount { get; init; }
    public Channel Channel { get; init; }
    public ReceptionForm ReceptionForm { get; init; }
    public CaseCategory Category { get; init; }
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public int? UnitId { get; init; }
    public string? ClientMutationId { get; init; }
}

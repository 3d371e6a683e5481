using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

public sealed class RegisterCaseInput
{
    public List<PetitionerInput> Petitioners { get; set; } = [];
    public int Headcount { get; set; }
    public Channel Channel { get; set; }
    public ReceptionForm ReceptionForm { get; set; }
    public CaseCategory Category { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public string? UnitId { get; set; }
    public string? ClientMutationId { get; set; }
}

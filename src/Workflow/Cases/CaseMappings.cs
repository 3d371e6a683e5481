using Mapster;
using Platform.Data.Entities;

namespace Platform.Workflow.Cases;

/// <summary>A registration's input onto the new case and its petitioners (the texts trimmed; blank optional texts stored as null).</summary>
public sealed class CaseMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<PetitionerInput, Petitioner>()
            .Map(p => p.Name, i => i.Name.Trim())
            .Map(p => p.Phone, i => Blank(i.Phone))
            .Map(p => p.IdNumber, i => Blank(i.IdNumber))
            .Map(p => p.Address, i => Blank(i.Address));

        // Units, deadlines, the receiver and the number are the registration's to decide.
        config.NewConfig<RegisterCaseInput, Case>()
            .Map(c => c.Title, i => i.Title.Trim())
            .Map(c => c.Description, i => i.Description.Trim())
            .Map(c => c.ClientMutationId, i => Blank(i.ClientMutationId));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

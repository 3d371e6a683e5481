using Mapster;
using Platform.Data.Entities;
using Platform.Workflow.Common;

namespace Platform.Workflow.Cases;

/// <summary>A registration's input onto the new case and its petitioners (the texts trimmed; blank optional texts stored as null).</summary>
public sealed class CaseMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<PetitionerInput, Petitioner>()
            .Map(p => p.Name, i => i.Name.Trim())
            .Map(p => p.Phone, i => Text.OrNull(i.Phone))
            .Map(p => p.IdNumber, i => Text.OrNull(i.IdNumber))
            .Map(p => p.Address, i => Text.OrNull(i.Address));

        // Units, deadlines, the receiver and the number are the registration's to decide.
        config.NewConfig<RegisterCaseInput, Case>()
            .Map(c => c.Title, i => i.Title.Trim())
            .Map(c => c.Description, i => i.Description.Trim())
            .Map(c => c.ClientMutationId, i => Text.OrNull(i.ClientMutationId));
    }
}

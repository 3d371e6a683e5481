using Mapster;
using Platform.Data.Entities;
using Platform.Workflow.Common;

namespace Platform.Workflow.Workrooms;

/// <summary>Inputs onto a new workroom and a new elder (texts trimmed, blank optional texts as null); units, tags and accounts are the workflow's to resolve.</summary>
public sealed class WorkroomMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<CreateWorkroomInput, Workroom>()
            .Map(w => w.Name, i => i.Name.Trim())
            .Map(w => w.Address, i => Text.OrNull(i.Address))
            .Map(w => w.OpeningHours, i => Text.OrNull(i.OpeningHours))
            .Map(w => w.Description, i => Text.OrNull(i.Description))
            .Ignore(w => w.UnitId);

        config.NewConfig<AddElderInput, Elder>()
            .Map(e => e.Name, i => i.Name.Trim())
            .Map(e => e.Phone, i => Text.OrNull(i.Phone))
            .Ignore(e => e.Expertise, e => e.UserId);
    }
}

using Mapster;
using Platform.Data.Entities;

namespace Platform.Workflow.Workrooms;

/// <summary>Inputs onto a new workroom and a new elder (texts trimmed, blank optional texts as null); units, tags and accounts are the workflow's to resolve.</summary>
public sealed class WorkroomMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<CreateWorkroomInput, Workroom>()
            .Map(w => w.Name, i => i.Name.Trim())
            .Map(w => w.Address, i => Blank(i.Address))
            .Map(w => w.OpeningHours, i => Blank(i.OpeningHours))
            .Map(w => w.Description, i => Blank(i.Description))
            .Ignore(w => w.UnitId);

        config.NewConfig<AddElderInput, Elder>()
            .Map(e => e.Name, i => i.Name.Trim())
            .Map(e => e.Phone, i => Blank(i.Phone))
            .Ignore(e => e.Expertise, e => e.UserId);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

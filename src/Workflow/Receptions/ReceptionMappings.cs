using Mapster;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Workflow.Common;

namespace Platform.Workflow.Receptions;

/// <summary>A booking onto the new appointment; and a received appointment onto the case it registers (接待日, the leader receiving).</summary>
public sealed class ReceptionMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<BookReceptionInput, ReceptionAppointment>()
            .Map(a => a.PetitionerName, i => i.PetitionerName.Trim())
            .Map(a => a.PetitionerPhone, i => Text.OrNull(i.PetitionerPhone))
            .Map(a => a.Subject, i => i.Subject.Trim())
            .Map(a => a.Description, i => i.Description.Trim())
            .Map(a => a.At, i => UtcTime.Normalize(i.At));
    }
}

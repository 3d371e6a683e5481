using Mapster;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Workflow.Common;

namespace Platform.Workflow.Mediation;

/// <summary>A scheduling input onto the new session and its parties; the references (case, workroom, elders) are resolved by the workflow.</summary>
public sealed class MediationMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<MediationPartyInput, MediationParty>()
            .Map(p => p.Name, i => i.Name.Trim())
            .Map(p => p.Phone, i => Text.OrNull(i.Phone))
            .Map(p => p.Side, i => Text.OrNull(i.Side));

        config.NewConfig<ScheduleMediationInput, MediationSession>()
            .Map(s => s.Subject, i => i.Subject.Trim())
            .Map(s => s.Place, i => i.Place.Trim())
            .Map(s => s.ScheduledAt, i => UtcTime.Normalize(i.ScheduledAt))
            .Ignore(s => s.CaseId, s => s.WorkroomId, s => s.Mediators);
    }
}

using Mapster;

namespace Platform.Workflow.Statistics;

/// <summary>A unit's figures onto a bulletin row: the names the tally and the row share map by themselves.</summary>
public sealed class BulletinMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<StatsTally, BulletinRow>()
            .Map(r => r.EscalatedCount, t => t.Escalated)
            .Map(r => r.ReferredCount, t => t.Referred)
            .Map(r => r.RepeatCount, t => t.Repeats)
            .Map(r => r.MediationSessions, t => t.Sessions)
            .Map(r => r.MediationCompleted, t => t.SessionsCompleted)
            .Map(r => r.MediationAgreements, t => t.Agreements)
            .Ignore(r => r.Unit, r => r.Path, r => r.From, r => r.To);

        config.NewConfig<UnitStats, BulletinRow>()
            .Map(r => r.Unit, s => s.Unit.Name)
            .Map(r => r.Path, s => s.Unit.Path)
            .AfterMapping((s, r) => s.Tally.Adapt(r, config));
    }
}

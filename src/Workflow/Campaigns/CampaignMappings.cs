using Mapster;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Workflow.Common;

namespace Platform.Workflow.Campaigns;

/// <summary>Inputs onto a new campaign and a new suggestion (texts trimmed, blank optional texts as null, times in UTC).</summary>
public sealed class CampaignMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<CreateCampaignInput, Campaign>()
            .Map(c => c.Title, i => i.Title.Trim())
            .Map(c => c.Description, i => Text.OrNull(i.Description))
            .Map(c => c.OpensAt, i => UtcTime.Normalize(i.OpensAt))
            .Map(c => c.ClosesAt, i => UtcTime.Normalize(i.ClosesAt))
            .Ignore(c => c.UnitId);

        config.NewConfig<SubmitSuggestionInput, Suggestion>()
            .Map(s => s.Content, i => i.Content.Trim())
            .Map(s => s.Topic, i => Text.OrNull(i.Topic))
            .Map(s => s.SubmitterName, i => Text.OrNull(i.SubmitterName))
            .Map(s => s.SubmitterPhone, i => Text.OrNull(i.SubmitterPhone));
    }
}

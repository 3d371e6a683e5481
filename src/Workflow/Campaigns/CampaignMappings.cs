using Mapster;
using Platform.Data;
using Platform.Data.Entities;

namespace Platform.Workflow.Campaigns;

/// <summary>Inputs onto a new campaign and a new suggestion (texts trimmed, blank optional texts as null, times in UTC).</summary>
public sealed class CampaignMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<CreateCampaignInput, Campaign>()
            .Map(c => c.Title, i => i.Title.Trim())
            .Map(c => c.Description, i => Blank(i.Description))
            .Map(c => c.OpensAt, i => UtcTime.Normalize(i.OpensAt))
            .Map(c => c.ClosesAt, i => UtcTime.Normalize(i.ClosesAt))
            .Ignore(c => c.UnitId);

        config.NewConfig<SubmitSuggestionInput, Suggestion>()
            .Map(s => s.Content, i => i.Content.Trim())
            .Map(s => s.Topic, i => Blank(i.Topic))
            .Map(s => s.SubmitterName, i => Blank(i.SubmitterName))
            .Map(s => s.SubmitterPhone, i => Blank(i.SubmitterPhone));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

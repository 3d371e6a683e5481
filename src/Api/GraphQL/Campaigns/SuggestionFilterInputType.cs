using Platform.Api.GraphQL.Common.Filtering;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Campaigns;

/// <summary>Filters on a suggestion's own fields; the submitter's contact is deliberately not filterable.</summary>
public sealed class SuggestionFilterInputType : FilterInputType<Suggestion>
{
    public SuggestionFilterInputType()
    {
        Name = "SuggestionFilterInput";
        Field("content", s => s.Content);
        Field("topic", s => s.Topic);
        Field<SuggestionChannel, SuggestionChannelEnum>("channel", s => s.Channel);
        Field<SuggestionStatus, SuggestionStatusEnum>("status", s => s.Status);
        Field("submittedAt", s => s.SubmittedAt);
        Field("implementationProgress", s => s.ImplementationProgress);
        ObjectField<Campaign, CampaignFilterInputType>("campaign", s => s.Campaign);
    }
}

using Platform.Api.GraphQL.Common.Sorting;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Campaigns;

public sealed class SuggestionSortInputType : SortInputType<Suggestion>
{
    public SuggestionSortInputType()
    {
        Name = "SuggestionSortInput";
        Field("submittedAt", s => s.SubmittedAt);
        Field("status", s => s.Status);
        Field("topic", s => s.Topic);
        Field("implementationProgress", s => s.ImplementationProgress);
        ObjectField<Campaign, CampaignSortInputType>("campaign", s => s.Campaign);
    }
}

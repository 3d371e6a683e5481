using GraphQL.Types;

namespace Platform.Api.GraphQL.Campaigns;

public sealed class SuggestionStatusCountType : ObjectGraphType<SuggestionStatusCount>
{
    public SuggestionStatusCountType()
    {
        Name = "SuggestionStatusCount";
        Description = "How many of a campaign's visible suggestions are in one status.";
        Field<NonNullGraphType<SuggestionStatusEnum>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
    }
}

using GraphQL;
using GraphQL.DataLoader;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Paging;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Campaigns;

public static class CampaignDataLoaders
{
    /// <summary>A campaign's suggestions that the viewer can see, newest first by default.</summary>
    public static IDataLoaderResult<Connection<Suggestion>> Suggestions(IResolveFieldContext context, int campaignId) =>
        Connections.ByParent<Suggestion>(context, nameof(Suggestion.CampaignId), campaignId, q => q.OrderByDescending(s => s.SubmittedAt));
}

using GraphQL.Types;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Paging;

namespace Platform.Api.GraphQL.Campaigns;

public static class CampaignQueries
{
    public static void AddCampaignFields(this ObjectGraphType query)
    {
        query.ConnectionField<CampaignType>("campaigns")
            .Description("Campaigns of the caller's subtree and of its ancestors; newest first unless ordered otherwise.")
            .Argument<CampaignFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<CampaignSortInputType>>>("order")
            .PagingArguments()
            .ResolveAsync(async c => await Connections.ResolveAsync(c, db => db.Campaigns, q => q.OrderByDescending(x => x.OpensAt)));
    }
}

using GraphQL.Types;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Paging;

namespace Platform.Api.GraphQL.Mediation;

public static class MediationQueries
{
    public static void AddMediationFields(this ObjectGraphType query)
    {
        query.ConnectionField<MediationSessionType>("mediationSessions")
            .Description("Sessions owned in the caller's subtree, held in its workrooms, or linked to cases it can see; latest first unless ordered otherwise.")
            .Argument<MediationSessionFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<MediationSessionSortInputType>>>("order")
            .PagingArguments()
            .ResolveAsync(async c => await Connections.ResolveAsync(c, db => db.MediationSessions, q => q.OrderByDescending(m => m.ScheduledAt)));
    }
}

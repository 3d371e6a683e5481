using GraphQL.Types;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Paging;

namespace Platform.Api.GraphQL.Visits;

public static class VisitQueries
{
    public static void AddVisitFields(this ObjectGraphType query) =>
        query.ConnectionField<OutreachVisitType>("visits")
            .Description("Outreach visits to the caller's subtree, latest first.")
            .PagingArguments()
            .ResolveAsync(async c => await Connections.ResolveAsync(c, db => db.Visits, q => q.OrderByDescending(v => v.VisitedOn)));
}

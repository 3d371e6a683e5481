using GraphQL.Types;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Paging;

namespace Platform.Api.GraphQL.Workrooms;

public static class WorkroomQueries
{
    public static void AddWorkroomFields(this ObjectGraphType query)
    {
        query.ConnectionField<WorkroomType>("workrooms")
            .Description("Workrooms of the caller's subtree and of its ancestors; by name unless ordered otherwise.")
            .Argument<WorkroomFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<WorkroomSortInputType>>>("order")
            .PagingArguments()
            .ResolveAsync(async c => await Connections.ResolveAsync(c, db => db.Workrooms, q => q.OrderBy(w => w.Name)));
    }
}

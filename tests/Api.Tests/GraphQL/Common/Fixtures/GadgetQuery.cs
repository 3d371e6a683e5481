using GraphQL;
using GraphQL.Types;
using Platform.Api.GraphQL.Common.Filtering;
using Platform.Api.GraphQL.Common.Paging;
using Platform.Api.GraphQL.Common.Sorting;

namespace Platform.Api.Tests.GraphQL.Common.Fixtures;

/// <summary>A root field wired the way the platform's connection fields are.</summary>
public sealed class GadgetQuery : ObjectGraphType
{
    public GadgetQuery(GadgetDb db)
    {
        Name = "Query";
        this.ConnectionField<GadgetType>("gadgets")
            .Argument<GadgetFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<GadgetSortInputType>>>("order")
            .PagingArguments()
            .ResolveAsync(async context =>
            {
                var page = PageRequest.From(context);
                var query = db.Gadgets.ApplyWhere(context).ApplyOrder(context, g => g.Id);
                return await ConnectionBuilder.ToConnectionAsync(
                    query, page, context.SelectsField("totalCount"), context.CancellationToken);
            });
    }
}

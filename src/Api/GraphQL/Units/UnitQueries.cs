using GraphQL;
using GraphQL.Types;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Paging;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Units;

public static class UnitQueries
{
    public static void AddUnitFields(this ObjectGraphType query)
    {
        query.ConnectionField<UnitType>("units")
            .Description("The unit directory, readable by every authenticated principal; by path unless ordered otherwise.")
            .Argument<UnitFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<UnitSortInputType>>>("order")
            .PagingArguments()
            .ResolveAsync(async c => await Connections.ResolveAsync(c, db => db.Units, q => q.OrderBy(u => u.Path)));

        query.Field<UnitType>("unit")
            .Description("A unit by id; null with NOT_FOUND when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => GlobalId.DecodeKey(c.GetArgument<string>("id"), UnitType.TypeName) is { } id
                ? EntityLoaders.ById<Unit>(c, id).Then(u => u ?? NodeQueries.NotFound(c))
                : NodeQueries.NotFound(c));
    }
}

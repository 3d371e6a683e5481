using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Paging;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

public static class CaseQueries
{
    public static void AddCaseFields(this ObjectGraphType query)
    {
        query.ConnectionField<CaseType>("cases")
            .Description("Cases owned in or shared into the caller's unit subtree; newest first unless ordered otherwise.")
            .Argument<CaseFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<CaseSortInputType>>>("order")
            .PagingArguments()
            .ResolveAsync(async c => await Connections.ResolveAsync(c, db => db.Cases, q => q.OrderByDescending(x => x.RegisteredAt)));

        query.Field<CaseType>("case")
            .Description("A case by id; null with NOT_FOUND when it does not exist or is not visible.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => GlobalId.DecodeKey(c.GetArgument<string>("id"), CaseType.TypeName) is { } id
                ? EntityLoaders.ById<Case>(c, id).Then(x => x ?? NodeQueries.NotFound(c))
                : NodeQueries.NotFound(c));

        query.Field<CaseType>("caseByNumber")
            .Description("A case by its number; null with NOT_FOUND when it does not exist or is not visible.")
            .Argument<NonNullGraphType<StringGraphType>>("number")
            .Resolve(c => ByNumber(c, c.GetArgument<string>("number")).Then(x => x ?? NodeQueries.NotFound(c)));
    }

    private static global::GraphQL.DataLoader.IDataLoaderResult<Case?> ByNumber(IResolveFieldContext context, string number)
    {
        var columns = SelectionCollector.Columns(context, GraphTypes.Of(context));
        columns.Add(nameof(Case.Number));
        return EntityLoaders.Batch(context, $"Case/Number/{string.Join(',', columns.Order(StringComparer.Ordinal))}", number,
            (db, numbers) => db.Cases.Where(x => numbers.Contains(x.Number)).Project(columns), x => x.Number, x => x);
    }
}

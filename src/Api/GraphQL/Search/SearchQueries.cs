using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Filtering;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Paging;
using Platform.Data;

namespace Platform.Api.GraphQL.Search;

/// <summary>
/// <c>searchCases</c>: Chinese full-text search over the index in the database (<see cref="CaseSearch"/>),
/// words cut by Lucene.Net's SmartCn segmenter; the tenant filter applies inside the query.
/// </summary>
public static class SearchQueries
{
    public static void AddSearchFields(this ObjectGraphType query)
    {
        query.ConnectionField<CaseSearchResultType>("searchCases")
            .Description("Visible cases whose title, description or notes contain every word of the query (cut into words as Chinese text), "
                + "best matches first, newest first among equals.")
            .Argument<NonNullGraphType<StringGraphType>>("query", "Words to find, e.g. \"物流园区 拖欠工资\".")
            .Argument<CaseFilterInputType>("where")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c => await SearchAsync(c));
    }

    private static Task<Connection<CaseSearchResult>> SearchAsync(IResolveFieldContext context)
    {
        var page = PageRequest.Create(first: context.GetArgument<int?>("first"), after: context.GetArgument<string?>("after"));
        var words = CaseTerms.Of(context.GetArgument<string>("query"));
        var offset = page.AfterIndex + 1 ?? 0;
        var size = page.First ?? PageRequest.DefaultPageSize;
        return EntityLoaders.FetchAsync(context, async db =>
        {
            var among = context.GetArgumentValue("where") is null ? null : db.Cases.ApplyWhere(context, db);
            var (hits, total) = await CaseSearch.PageAsync(db, words, offset, size, among, context.CancellationToken);

            var ids = hits.Select(h => h.CaseId).ToList();
            var texts = await db.Cases.AsNoTracking()
                .Where(c => ids.Contains(c.Id))
                .Select(c => new { c.Id, Text = c.Title + " " + c.Description })
                .ToDictionaryAsync(c => c.Id, c => c.Text, context.CancellationToken);
            var edges = hits.Select((h, i) => new Edge<CaseSearchResult>(
                Cursor.Encode(offset + i), new CaseSearchResult(h.CaseId, h.Score, Snippets.Of(texts.GetValueOrDefault(h.CaseId, ""), words)))).ToList();
            var info = new PageInfo(offset + edges.Count < total, offset > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
            return new Connection<CaseSearchResult>(edges, info, total);
        });
    }
}

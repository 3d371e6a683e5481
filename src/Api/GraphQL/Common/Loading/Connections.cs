using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Common.Filtering;
using Platform.Api.GraphQL.Common.Paging;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Api.GraphQL.Common.Sorting;
using Platform.Data;

namespace Platform.Api.GraphQL.Common.Loading;

/// <summary>
/// Resolves connection fields with the shared <c>where</c>/<c>order</c>/paging translator:
/// root connections in at most two SQL commands, child connections in at most three per level.
/// </summary>
public static class Connections
{
    /// <summary>
    /// A root connection over a tenant-filtered set; its first page compiled when <paramref name="compiled"/>
    /// serves it. With <paramref name="probesShares"/>, its case queries test shares case by case
    /// (<see cref="PlatformDbContext.ProbesShares"/>), on the request's context for these reads only.
    /// </summary>
    public static Task<Connection<T>> ResolveAsync<T>(
        IResolveFieldContext context,
        Func<PlatformDbContext, IQueryable<T>> source,
        Func<IQueryable<T>, IOrderedQueryable<T>> defaultOrder,
        CompiledRoot<T>? compiled = null,
        bool probesShares = false)
        where T : class, new()
    {
        var page = PageRequest.From(context);
        var columns = SelectedColumns.OfNodes(context, NodeType(context));
        var includeTotalCount = context.SelectsField("totalCount");
        var includePage = context.SelectsPage();
        if (compiled is not null && compiled.Serves(context, page, defaultOrder))
        {
            return EntityLoaders.FetchAsync(context, db => ProbingShares(db, probesShares, () => compiled.ReadAsync(
                db,
                q => ThenById(defaultOrder(q)).Project(columns),
                (columns.Key, defaultOrder.Method),
                page,
                context.CancellationToken)));
        }

        return EntityLoaders.FetchAsync(context, db => ProbingShares(db, probesShares, async () =>
        {
            var filtered = source(db).AsNoTracking().ApplyWhere(context, db);
            var query = Order(context, filtered, defaultOrder).Project(columns);
            int? counted = null;
            try
            {
                // A wide scope's page of cases may walk an ordered index; the count says whether it
                // pays, or, without a count, a count that stops where walking starts to pay.
                if (includePage && !includeTotalCount && !page.NeedsTotalCount)
                {
                    var window = PageWindow.Of(page, total: null);
                    await db.ChooseCaseWalkAsync(filtered, query, window.Start + window.Count + 1, context.CancellationToken);
                    return await ConnectionBuilder.ToConnectionAsync(query, page, includeTotalCount, context.CancellationToken, includePage);
                }

                return await ConnectionBuilder.ToConnectionAsync(query, page, includeTotalCount, context.CancellationToken, includePage,
                    (total, rowsToRead) =>
                    {
                        counted = total;
                        db.ChooseCaseWalk(query, total, rowsToRead);
                    });
            }
            catch (Exception cut) when (db.WalkWasCut(cut))
            {
                // The scope's cases lie away from the walk's start: read the page by seeking, with the count already made.
                db.EndCaseWalk();
                return await ConnectionBuilder.ToConnectionAsync(query, page, includeTotalCount, context.CancellationToken, includePage, counted: counted);
            }
            finally
            {
                db.EndCaseWalk();
            }
        }));
    }

    // The request's later reads share its context: the probe ends with these ones.
    internal static async Task<TResult> ProbingShares<TResult>(PlatformDbContext db, bool probe, Func<Task<TResult>> read)
    {
        if (!probe)
        {
            return await read();
        }

        db.ProbesShares = true;
        try
        {
            return await read();
        }
        finally
        {
            db.ProbesShares = false;
        }
    }

    /// <summary>
    /// A child connection (rows whose <paramref name="foreignKey"/> is the parent's id). The pages of
    /// every parent at this level are cut in SQL, in a few commands whatever the number of parents and
    /// of their children (see <see cref="ChildPages{T}"/>). <paramref name="asSeen"/>, given the batch's
    /// parent ids, returns a rewrite of the rows into what the caller may see before filtering and ordering.
    /// </summary>
    public static IDataLoaderResult<Connection<T>> ByParent<T>(
        IResolveFieldContext context,
        string foreignKey,
        int parentId,
        Func<IQueryable<T>, IOrderedQueryable<T>> defaultOrder,
        Func<PlatformDbContext, IReadOnlyList<T>, CancellationToken, Task>? after = null,
        IReadOnlyList<string>? alsoRead = null,
        Func<PlatformDbContext, IReadOnlyList<int>, CancellationToken, Task<Func<IQueryable<T>, IQueryable<T>>>>? asSeen = null)
        where T : class, new()
    {
        var columns = SelectedColumns.OfNodes(context, NodeType(context), [foreignKey, .. alsoRead ?? []]);

        // Every parent resolving this same field of the document shares its arguments, so one
        // loader per field location serves them all; the first parent's call makes it. The value is
        // never null: each parent id gets a connection.
        var key = columns.LoaderKey(typeof(T), foreignKey, context.FieldAst.Location.Start);
        var loader = EntityLoaders.Scope(context).GetOrAdd(key, (context, foreignKey, columns, defaultOrder, after, asSeen),
            static s => NewLoader(s.context, s.foreignKey, s.columns, s.defaultOrder, s.after, s.asSeen));
        return loader.Load(parentId)!;
    }

    private static BatchLoader<int, Connection<T>> NewLoader<T>(
        IResolveFieldContext context,
        string foreignKey,
        SelectedColumns columns,
        Func<IQueryable<T>, IOrderedQueryable<T>> defaultOrder,
        Func<PlatformDbContext, IReadOnlyList<T>, CancellationToken, Task>? after,
        Func<PlatformDbContext, IReadOnlyList<int>, CancellationToken, Task<Func<IQueryable<T>, IQueryable<T>>>>? asSeen)
        where T : class, new()
    {
        var page = PageRequest.From(context);
        var includeTotalCount = context.SelectsField("totalCount");
        var includePage = context.SelectsPage();
        var includePositions = context.SelectsPositions();
        return new BatchLoader<int, Connection<T>>((ids, ct) =>
            EntityLoaders.FetchAsync(context, async db =>
            {
                // Filters and orders apply to the rows as the caller may see them, so that they
                // cannot reveal what the fields hide. Built only when a query needs them: a compiled
                // shape has its own.
                var rewrite = asSeen is null ? null : await asSeen(db, ids, ct);
                IQueryable<T> Visible()
                {
                    var rows = db.Set<T>().AsNoTracking();
                    return (rewrite?.Invoke(rows) ?? rows).ApplyWhere(context, db);
                }

                var pages = new ChildPages<T>(Visible, q => Order(context, q, defaultOrder), q => q.Project(columns), foreignKey,
                    Compiled(context, db, columns.LoaderKey(typeof(T), foreignKey), defaultOrder, asSeen));
                return await pages.LoadAsync(
                    ids,
                    page,
                    includeTotalCount,
                    includePage,
                    includePositions,
                    after is null ? null : (rows, token) => after(db, rows, token),
                    ct);
            }));
    }

    /// <summary>
    /// The compiled shape of a child connection read as stored, with no <c>where</c> and no
    /// <c>order</c> (<paramref name="key"/> names its columns, wherever the field stands in the document), or null when the field's
    /// arguments or the caller's rewrite make each request's query its own.
    /// </summary>
    private static (object, PlatformDbContext)? Compiled<T>(
        IResolveFieldContext context, PlatformDbContext db, string key, Func<IQueryable<T>, IOrderedQueryable<T>> defaultOrder, Delegate? asSeen) =>
        asSeen is null && CompiledReads.CapturesNothing(defaultOrder)
            && context.GetArgumentValue("where") is null && context.GetArgumentValue("order") is null
            ? ((key, defaultOrder.Method), db)
            : null;

    private static IQueryable<T> Order<T>(IResolveFieldContext context, IQueryable<T> query, Func<IQueryable<T>, IOrderedQueryable<T>> defaultOrder)
        where T : class =>
        context.GetArgumentValue("order") is null ? ThenById(defaultOrder(query)) : query.ApplyOrder(context, IdOf<T>());

    /// <summary>The id as the tie-breaker, in the direction of the last key (as <c>SortInputType</c> does).</summary>
    private static IOrderedQueryable<T> ThenById<T>(IOrderedQueryable<T> ordered)
        where T : class =>
        ordered.Expression is MethodCallExpression { Method.Name: nameof(Queryable.OrderByDescending) or nameof(Queryable.ThenByDescending) }
            ? ordered.ThenByDescending(IdOf<T>())
            : ordered.ThenBy(IdOf<T>());

    private static Expression<Func<T, int>> IdOf<T>()
    {
        var e = Expression.Parameter(typeof(T), "e");
        return Expression.Lambda<Func<T, int>>(Expression.Property(e, "Id"), e);
    }

    private static IComplexGraphType NodeType(IResolveFieldContext context) =>
        GraphTypes.Complex(GraphTypes.Complex(context.FieldDefinition.ResolvedType).GetField("nodes")!.ResolvedType);
}

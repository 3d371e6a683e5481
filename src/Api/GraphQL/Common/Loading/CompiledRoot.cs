using System.Linq.Expressions;
using GraphQL;
using Platform.Api.GraphQL.Common.Filtering;
using Platform.Api.GraphQL.Common.Paging;
using Platform.Data;

namespace Platform.Api.GraphQL.Common.Loading;

/// <summary>
/// A root connection's source as a compiled shape (<see cref="CompiledReads"/>): what names it,
/// the paths it filters on in this request, and the source over given rows with the paths as an
/// expression. Its first page, with its count, runs compiled when the field has no <c>where</c>
/// and no <c>order</c>; any other page is read as <see cref="Connections.ResolveAsync{T}"/> reads it.
/// </summary>
public sealed record CompiledRoot<T>(object Key, IReadOnlyList<string> Paths, Func<IQueryable<T>, Expression, IQueryable<T>> Source)
    where T : class, new()
{
    /// <summary>Whether this request's page is one the compiled shape reads.</summary>
    internal bool Serves(IResolveFieldContext context, PageRequest page, Delegate defaultOrder) =>
        page is { Last: null, AfterIndex: null, BeforeIndex: null }
        && context.SelectsField("totalCount") && context.SelectsPage()
        && CompiledReads.CapturesNothing(defaultOrder)
        && context.GetArgumentValue("where") is null && context.GetArgumentValue("order") is null;

    /// <summary>
    /// The count and the first page, compiled. A wide scope may walk the registration index
    /// (<see cref="PlatformDbContext.ChooseCaseWalk"/>) as the uncompiled page does; whether it may
    /// depends on the page's order alone, so the choice is asked of the ordered rows, not of the page's query.
    /// </summary>
    internal async Task<Connection<T>> ReadAsync(
        PlatformDbContext db,
        Func<IQueryable<T>, IQueryable<T>> orderAndProject,
        object shapeKey,
        PageRequest page,
        CancellationToken cancellationToken)
    {
        var key = (Key, shapeKey);
        var total = await CompiledReads.CountAsync(key, db, Paths, Source, cancellationToken);
        var window = PageWindow.Of(page, total);
        var source = Source;
        Task<List<T>> Page() => CompiledReads.PageAsync<T, T>(key, db, Paths, window.Count + 1, (rows, paths, p) =>
        {
            var ordered = orderAndProject(source(rows, paths));
            return ordered.Provider.CreateQuery<T>(Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(T)], ordered.Expression, p));
        }, cancellationToken);

        List<T> rows;
        try
        {
            db.ChooseCaseWalk(() => orderAndProject(db.Set<T>()), total, window.Start + window.Count + 1);
            rows = await Page();
        }
        catch (Exception cut) when (db.WalkWasCut(cut))
        {
            // As the uncompiled page: the scope's cases lie away from the walk's start, so seek.
            db.EndCaseWalk();
            rows = await Page();
        }
        finally
        {
            db.EndCaseWalk();
        }

        return ConnectionBuilder.FromPage(rows, window, total);
    }
}

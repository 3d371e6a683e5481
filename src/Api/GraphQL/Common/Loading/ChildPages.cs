using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Common.Paging;
using Platform.Data;

namespace Platform.Api.GraphQL.Common.Loading;

/// <summary>
/// Cuts one page per parent out of the children of many parents in SQL, in a number of commands that
/// depends neither on the number of parents nor on how many children each has: a grouped count when
/// the total is selected or the window needs it, and one or two page queries that read at most
/// <c>window + 1</c> rows per parent (<c>ROW_NUMBER() OVER (PARTITION BY parent ORDER BY …)</c>).
/// </summary>
/// <param name="children">The rows to page, built only when a query that is not compiled runs.</param>
/// <param name="compiled">
/// When <paramref name="children"/> give the context's rows as stored and <paramref name="order"/> and
/// <paramref name="project"/> are the same for every request, the key naming them and the context:
/// the page queries that start at each parent's first row then run compiled (<see cref="CompiledReads"/>).
/// </param>
internal sealed class ChildPages<T>(
    Func<IQueryable<T>> children,
    Func<IQueryable<T>, IQueryable<T>> order,
    Func<IQueryable<T>, IQueryable<T>> project,
    string foreignKey,
    (object Key, PlatformDbContext Db)? compiled = null)
    where T : class
{
    private static readonly MethodInfo TakeOfT = QueryableOfT(nameof(Queryable.Take));
    private static readonly MethodInfo SkipOfT = QueryableOfT(nameof(Queryable.Skip));

    /// <summary>
    /// The page of every parent in <paramref name="parentIds"/>; <paramref name="after"/> runs once on
    /// all the rows read. The windows are those <see cref="PageWindow.Of"/> gives with each parent's
    /// own total, as if each parent's children were paged alone. Without <paramref name="includePage"/>
    /// (only <c>totalCount</c> selected) no page query runs; without <paramref name="includePositions"/>
    /// (no cursors, no page info) the last rows of each parent are read without counting them.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, Connection<T>>> LoadAsync(
        IReadOnlyList<int> parentIds,
        PageRequest page,
        bool includeTotalCount,
        bool includePage,
        bool includePositions,
        Func<IReadOnlyList<T>, CancellationToken, Task>? after,
        CancellationToken cancellationToken)
    {
        var getParent = EntityLoaders.Getter<T>(foreignKey);
        if (includePage && !includeTotalCount && !includePositions
            && page is { Last: { } last, First: null, AfterIndex: null, BeforeIndex: null })
        {
            // The last rows of each parent and nothing of where they lie: newest first, no count.
            var latest = await ReadAsync(parentIds, 0, last, backwards: true, cancellationToken);
            if (after is not null)
            {
                await after(latest, cancellationToken);
            }

            var latestByParent = RowGroups.ByKey(latest, getParent, static row => row, reversed: true);
            return parentIds.ToDictionary(id => id, id => ConnectionBuilder.NodesOnly(latestByParent.GetValueOrDefault(id, [])));
        }

        // Without 'last' the window starts at the same offset for every parent, and a parent's total
        // only shortens it; with 'last' the start depends on the total, so it is counted.
        if (!includePage)
        {
            var counts = includeTotalCount ? await CountAsync(parentIds, cancellationToken) : null;
            return parentIds.ToDictionary(id => id, id => ConnectionBuilder.FromPage<T>([], default, Total(counts, id)));
        }

        var totals = includeTotalCount || page.Last is not null
            ? await CountAsync(parentIds, cancellationToken)
            : null;
        var nominal = page.NeedsTotalCount ? (PageWindow?)null : PageWindow.Of(page, total: null);
        var windows = parentIds.ToDictionary(id => id, id => PageWindow.Of(page, Total(totals, id)));

        // A parent with fewer children than the nominal window's end has its page at the end of its
        // children ('last' clamped by the total): those pages are read backwards from the end.
        var fromStart = new List<int>();
        var fromEnd = new List<int>();
        foreach (var id in parentIds)
        {
            if (totals is not null && Total(totals, id) == 0)
            {
                continue;
            }

            (page.Last is null || windows[id] == nominal ? fromStart : fromEnd).Add(id);
        }

        var forward = fromStart.Count > 0 && nominal is { } window
            ? await ReadAsync(fromStart, window.Start, window.Count + 1, backwards: false, cancellationToken)
            : [];
        var backward = fromEnd.Count > 0
            ? await ReadAsync(fromEnd, 0, page.Last ?? 0, backwards: true, cancellationToken)
            : [];
        if (after is not null)
        {
            await after([.. forward, .. backward], cancellationToken);
        }

        var forwardByParent = forward.ToLookup(getParent);
        var backwardByParent = backward.ToLookup(getParent);
        return parentIds.ToDictionary(id => id, id =>
        {
            var window = windows[id];
            var pageRows = fromEnd.Contains(id)
                ? backwardByParent[id].Take(window.Count).Reverse().ToList()
                : forwardByParent[id].ToList();
            return ConnectionBuilder.FromPage(pageRows, window, Total(totals, id));
        });
    }

    private static int? Total(IReadOnlyDictionary<int, int>? totals, int parentId) =>
        totals is null ? null : totals.GetValueOrDefault(parentId);

    private async Task<IReadOnlyDictionary<int, int>> CountAsync(IReadOnlyList<int> parentIds, CancellationToken cancellationToken)
    {
        var counts = await children()
            .Where(EntityLoaders.In<T>(foreignKey, parentIds))
            .GroupBy(ParentKey())
            .Select(g => new { ParentId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts.ToDictionary(c => c.ParentId, c => c.Count);
    }

    /// <summary>
    /// The rows <paramref name="skip"/> to <c>skip + take</c> of each parent, counted from the end if
    /// <paramref name="backwards"/>:
    /// <c>keys.SelectMany(k =&gt; children.Where(c =&gt; c.Parent == k).Order().Skip(skip).Take(take))</c>,
    /// which EF Core translates into a join on the children numbered per parent by ROW_NUMBER(), on
    /// SQLite as on SQL Server. The outer order keeps each parent's rows in page order.
    /// </summary>
    internal IQueryable<T> PageQuery(IReadOnlyList<int> parentIds, int skip, int take, bool backwards)
    {
        var ids = parentIds.ToList();
        Expression<Func<List<int>>> list = () => ids;
        return PageQuery(list.Body, skip > 0 ? Parameter(skip) : null, Parameter(take), backwards);
    }

    /// <summary>As above, with the parent ids, the offset (none if null) and the row count given as expressions.</summary>
    private IQueryable<T> PageQuery(Expression parentIds, Expression? skip, Expression take, bool backwards)
    {
        var source = children().Where(EntityLoaders.In<T>(foreignKey, parentIds));
        var parentKey = ParentKey();
        var k = Expression.Parameter(typeof(int), "k");
        var sameParent = Expression.Lambda<Func<T, bool>>(Expression.Equal(parentKey.Body, k), parentKey.Parameters);
        var one = Ordered(source.Where(sameParent), backwards);
        var window = Expression.Call(TakeOfT, skip is not null ? Expression.Call(SkipOfT, one.Expression, skip) : one.Expression, take);

        var perParent = Expression.Lambda<Func<int, IEnumerable<T>>>(window, k);
        var pages = Ordered(source.Select(parentKey).Distinct().SelectMany(perParent), backwards);
        return project(pages);
    }

    /// <summary>
    /// The rows <paramref name="skip"/> to <c>skip + take</c> of each parent (<see cref="PageQuery(IReadOnlyList{int}, int, int, bool)"/>),
    /// compiled when the children allow it and the pages start at each parent's first row.
    /// </summary>
    private Task<List<T>> ReadAsync(IReadOnlyList<int> parentIds, int skip, int take, bool backwards, CancellationToken cancellationToken) =>
        compiled is { } shape && skip == 0
            ? CompiledReads.ListAsync<T, T>((shape.Key, backwards), shape.Db, parentIds, take,
                (rows, list, count) => new ChildPages<T>(() => rows, order, project, foreignKey).PageQuery(list, skip: null, count, backwards), cancellationToken)
            : PageQuery(parentIds, skip, take, backwards).ToListAsync(cancellationToken);

    /// <summary>A captured value, which EF Core sends as a parameter, so that one query plan serves every window.</summary>
    private static Expression Parameter(int value)
    {
        Expression<Func<int>> capture = () => value;
        return capture.Body;
    }

    private IQueryable<T> Ordered(IQueryable<T> query, bool backwards)
    {
        var ordered = order(query);
        return backwards ? ordered.Provider.CreateQuery<T>(OrderReversal.Reverse(ordered.Expression)) : ordered;
    }

    // Queryable.Take/Skip(source, int) for T.
    private static MethodInfo QueryableOfT(string name) =>
        typeof(Queryable).GetMethods()
            .Single(m => m.Name == name && m.GetParameters() is [_, { ParameterType: var count }] && count == typeof(int))
            .MakeGenericMethod(typeof(T));

    private Expression<Func<T, int>> ParentKey()
    {
        var e = Expression.Parameter(typeof(T), "e");
        var property = Expression.Property(e, foreignKey);
        var key = property.Type == typeof(int) ? (Expression)property : Expression.Convert(property, typeof(int));
        return Expression.Lambda<Func<T, int>>(key, e);
    }
}

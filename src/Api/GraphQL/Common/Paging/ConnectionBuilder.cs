using Microsoft.EntityFrameworkCore;

namespace Platform.Api.GraphQL.Common.Paging;

/// <summary>Cuts a page out of an ordered sequence: offset paging over SQL, over a list, or over rows already paged per parent.</summary>
public static class ConnectionBuilder
{
    /// <summary>
    /// Runs at most two SQL commands: a count when <paramref name="includeTotalCount"/> or when the page's
    /// end depends on it (<c>last</c> without <c>before</c>), and, when <paramref name="includePage"/>,
    /// the page itself, read one row longer than asked so that <c>hasNextPage</c> needs no extra query.
    /// Without the page the connection has no edges.
    /// </summary>
    /// <param name="orderedQuery">A query with a total order (see <c>SortInputType.Apply</c>'s tie-breaker).</param>
    /// <param name="beforePage">
    /// Given the total and the number of leading rows the page reads (its offset, its length and one
    /// more), once the count is known and before the page is read; not called without a count.
    /// </param>
    /// <param name="counted">The count of <paramref name="orderedQuery"/> when already known (a page read again), so that it is not counted twice.</param>
    public static async Task<Connection<T>> ToConnectionAsync<T>(
        IQueryable<T> orderedQuery,
        PageRequest page,
        bool includeTotalCount,
        CancellationToken cancellationToken,
        bool includePage = true,
        Action<int, int>? beforePage = null,
        int? counted = null)
    {
        int? total = includeTotalCount || (includePage && page.NeedsTotalCount)
            ? counted ?? await orderedQuery.CountAsync(cancellationToken)
            : null;
        if (!includePage)
        {
            return Build<T>([], default, total);
        }

        var window = PageWindow.Of(page, total);
        if (total is not null)
        {
            beforePage?.Invoke(total.Value, window.Start + window.Count + 1);
        }

        var query = window.Start > 0 ? orderedQuery.Skip(window.Start) : orderedQuery;
        var rows = await query.Take(window.Count + 1).ToListAsync(cancellationToken);
        return Build(rows, window, total);
    }

    /// <summary>Pages a list already loaded in full, such as the children of one parent from a batch.</summary>
    public static Connection<T> FromList<T>(IReadOnlyList<T> all, PageRequest page)
    {
        var window = PageWindow.Of(page, all.Count);
        var rows = all.Skip(window.Start).Take(window.Count + 1).ToList();
        return Build(rows, window, all.Count);
    }

    /// <summary>
    /// Builds a page from rows already cut out of its sequence: the items of <paramref name="window"/>,
    /// followed by the next item, if any, which only tells whether there is a next page.
    /// </summary>
    internal static Connection<T> FromPage<T>(IReadOnlyList<T> rows, PageWindow window, int? total) =>
        Build([.. rows], window, total);

    /// <summary>
    /// The nodes of a page whose place in its sequence is not known (the last rows, read without a
    /// count), for a selection of its nodes alone: its edges carry no cursors and its page info
    /// nothing (<see cref="PagingContextExtensions.SelectsPositions"/> guards that none is read).
    /// </summary>
    internal static Connection<T> NodesOnly<T>(T[] rows) =>
        new(rows, PageInfo.NoPages);

    private static Connection<T> Build<T>(List<T> rows, PageWindow window, int? total)
    {
        var hasNextPage = rows.Count > window.Count;
        var edges = rows.Take(window.Count).Select((node, i) => new Edge<T>(Cursor.Encode(window.Start + i), node)).ToList();
        var pageInfo = new PageInfo(
            hasNextPage,
            HasPreviousPage: window.Start > 0,
            edges.Count > 0 ? edges[0].Cursor : null,
            edges.Count > 0 ? edges[^1].Cursor : null);
        return new Connection<T>(edges, pageInfo, total);
    }
}

namespace Platform.Api.GraphQL.Common.Paging;

/// <summary>The offsets a page covers: <see cref="Count"/> items from <see cref="Start"/>.</summary>
internal readonly record struct PageWindow(int Start, int Count)
{
    /// <summary>
    /// Applies <c>after</c>/<c>before</c> first, then <c>first</c>, then <c>last</c>, as the Relay
    /// specification orders them. <paramref name="total"/> is required when <see cref="PageRequest.NeedsTotalCount"/>.
    /// </summary>
    public static PageWindow Of(PageRequest page, int? total)
    {
        var start = page.AfterIndex + 1 ?? 0;
        var end = page.BeforeIndex;
        if (total is not null)
        {
            end = Math.Min(end ?? total.Value, total.Value);
        }

        if (page.First is { } first)
        {
            end = Math.Min(end ?? int.MaxValue, start + first);
        }

        if (page.Last is { } last)
        {
            var known = end ?? throw new InvalidOperationException("'last' without 'before' needs the total count.");
            start = Math.Max(start, known - last);
        }

        var stop = end ?? throw new InvalidOperationException("The page has no end.");
        return new PageWindow(start, Math.Max(0, stop - start));
    }
}

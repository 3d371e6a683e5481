namespace Platform.Api.GraphQL.Common.Paging;

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor)
{
    /// <summary>Of a page read without cursors: nothing before or after it that a cursor could reach.</summary>
    public static PageInfo NoPages { get; } = new(false, false, null, null);
}

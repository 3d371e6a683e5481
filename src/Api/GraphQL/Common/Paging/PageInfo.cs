namespace Platform.Api.GraphQL.Common.Paging;

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

using GraphQL;
using Platform.Api.GraphQL.Common.Errors;

namespace Platform.Api.GraphQL.Common.Paging;

/// <summary>
/// Validated <c>first/after/last/before</c> arguments. Without <c>first</c> and <c>last</c> the first
/// <see cref="DefaultPageSize"/> items are returned; a size above <see cref="MaxPageSize"/> is an error
/// (<c>PAGE_SIZE</c>), not a silent cap. Cursors are decoded here, so a bad one fails before any query.
/// </summary>
public sealed record PageRequest
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 100;

    private PageRequest(int? first, int? afterIndex, int? last, int? beforeIndex)
    {
        First = first;
        AfterIndex = afterIndex;
        Last = last;
        BeforeIndex = beforeIndex;
    }

    public int? First { get; }

    public int? Last { get; }

    /// <summary>Offset of the edge named by <c>after</c>; the page starts after it.</summary>
    public int? AfterIndex { get; }

    /// <summary>Offset of the edge named by <c>before</c>; the page ends before it.</summary>
    public int? BeforeIndex { get; }

    /// <summary>Whether the page's end is only known from the total: <c>last</c> without <c>before</c> or <c>first</c>.</summary>
    public bool NeedsTotalCount => Last is not null && First is null && BeforeIndex is null;

    /// <summary>Reads and validates the paging arguments of the resolving field.</summary>
    public static PageRequest From(IResolveFieldContext context) =>
        Create(
            context.GetArgument<int?>("first"),
            context.GetArgument<string?>("after"),
            context.GetArgument<int?>("last"),
            context.GetArgument<string?>("before"));

    /// <summary>Validates paging arguments; throws an <see cref="ExecutionError"/> with code PAGE_SIZE or VALIDATION.</summary>
    public static PageRequest Create(int? first = null, string? after = null, int? last = null, string? before = null)
    {
        CheckSize("first", first);
        CheckSize("last", last);
        return new PageRequest(
            first ?? (last is null ? DefaultPageSize : null),
            Decode("after", after),
            last,
            Decode("before", before));
    }

    private static void CheckSize(string argument, int? size)
    {
        if (size < 0)
        {
            throw new ExecutionError($"'{argument}' must not be negative; got {size}.") { Code = PlatformErrors.Validation };
        }

        if (size > MaxPageSize)
        {
            throw new ExecutionError(
                $"Requesting {size} records with '{argument}' exceeds the maximum page size of {MaxPageSize}.") { Code = PlatformErrors.PageSize };
        }
    }

    private static int? Decode(string argument, string? cursor)
    {
        if (cursor is null)
        {
            return null;
        }

        return Cursor.TryDecode(cursor, out var index)
            ? index
            : throw new ExecutionError($"The cursor given to '{argument}' is not valid.") { Code = PlatformErrors.Validation };
    }
}

using System.Linq.Expressions;
using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Types;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Api.Tenancy;

namespace Platform.Api.GraphQL.Common.Pii;

public static class PiiFields
{
    /// <summary>
    /// A personal-data field, returned as stored only to principals that may read the personal
    /// data of the row's owner unit (<see cref="PiiAccess"/>), masked for everyone else — on every
    /// read path, node lookups included.
    /// </summary>
    public static FieldBuilder<TSource, object> PiiColumn<TSource>(
        this ObjectGraphType<TSource> type,
        string name,
        Expression<Func<TSource, string?>> member,
        Func<string?, string?> mask,
        Expression<Func<TSource, string>> ownerPath,
        bool nullable = true)
    {
        var path = ownerPath.Compile();
        return type.PiiColumn(name, member, mask, c => LoaderResults.Value(PiiAccess.CanRead(Principal(c), path(c.Source))),
            [((MemberExpression)ownerPath.Body).Member.Name], nullable);
    }

    /// <summary>
    /// A personal-data field whose readability <paramref name="readable"/> decides per row, e.g. from
    /// the row's case; <paramref name="alsoRead"/> names the members it needs.
    /// </summary>
    public static FieldBuilder<TSource, object> PiiColumn<TSource>(
        this ObjectGraphType<TSource> type,
        string name,
        Expression<Func<TSource, string?>> member,
        Func<string?, string?> mask,
        Func<IResolveFieldContext<TSource>, IDataLoaderResult<bool>> readable,
        IReadOnlyList<string> alsoRead,
        bool nullable = true)
    {
        var value = member.Compile();
        var graphType = nullable ? typeof(StringGraphType) : typeof(NonNullGraphType<StringGraphType>);
        return type.Field(name, graphType)
            .Reads([((MemberExpression)member.Body).Member.Name, .. alsoRead])
            .Resolve(c =>
            {
                var stored = value(c.Source);
                var readability = readable(c);
                return readability.TryGetKnown(out var canRead)
                    ? Shown(canRead, stored, mask)
                    : readability.Then((Stored: stored, Mask: mask), static (canRead, row) => Shown(canRead, row.Stored, row.Mask));
            });
    }

    private static string? Shown(bool readable, string? stored, Func<string?, string?> mask) => readable ? stored : mask(stored);

    private static CurrentPrincipal Principal(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<CurrentPrincipal>();
}

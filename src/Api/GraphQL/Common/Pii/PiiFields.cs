using System.Linq.Expressions;
using GraphQL.Builders;
using GraphQL.Types;
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
        var value = member.Compile();
        var path = ownerPath.Compile();
        var graphType = nullable ? typeof(StringGraphType) : typeof(NonNullGraphType<StringGraphType>);
        return type.Field(name, graphType)
            .Reads(((MemberExpression)member.Body).Member.Name, ((MemberExpression)ownerPath.Body).Member.Name)
            .Resolve(c =>
            {
                var principal = c.RequestServices!.GetRequiredService<CurrentPrincipal>();
                var raw = value(c.Source);
                return PiiAccess.CanRead(principal, path(c.Source)) ? raw : mask(raw);
            });
    }
}

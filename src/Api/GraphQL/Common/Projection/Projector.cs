using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Platform.Api.GraphQL.Common.Projection;

/// <summary>
/// Builds <c>x =&gt; new T { A = x.A, B = x.B }</c> for a set of members, so that EF Core reads
/// only those columns into untracked instances. Lambdas are cached per member set.
/// </summary>
public static class Projector
{
    private static readonly ConcurrentDictionary<(Type, string), LambdaExpression> Cache = new();

    public static Expression<Func<T, T>> For<T>(IEnumerable<string> members)
        where T : new()
    {
        var scalar = members
            .Select(m => typeof(T).GetProperty(m, BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p is { CanWrite: true } && IsColumn(p.PropertyType))
            .Select(p => p!.Name)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        var key = (typeof(T), string.Join(',', scalar));
        return (Expression<Func<T, T>>)Cache.GetOrAdd(key, _ =>
        {
            var x = Expression.Parameter(typeof(T), "x");
            var bindings = scalar.Select(name =>
            {
                var property = typeof(T).GetProperty(name)!;
                return (MemberBinding)Expression.Bind(property, Expression.Property(x, property));
            });
            return Expression.Lambda<Func<T, T>>(Expression.MemberInit(Expression.New(typeof(T)), bindings), x);
        });
    }

    public static IQueryable<T> Project<T>(this IQueryable<T> source, IEnumerable<string> members)
        where T : new() => source.Select(For<T>(members));

    /// <summary>As above, with the projection the selection keeps.</summary>
    public static IQueryable<T> Project<T>(this IQueryable<T> source, SelectedColumns selected)
        where T : new() => source.Select(selected.Projection<T>());

    private static bool IsColumn(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(DateTime) || t == typeof(decimal) || t == typeof(Guid);
    }
}

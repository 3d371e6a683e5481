using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace Platform.Data.Tenancy;

/// <summary>
/// The half-open range test <c>from &lt;= path &lt; to</c> on a path column (DESIGN §4), as one
/// call that the tenant filters can use in plain lambdas. In SQL it is two comparisons whose bounds
/// take the column's type mapping, so that SQL Server compares varchar with varchar and seeks.
/// </summary>
public static class PathRange
{
    /// <summary>True when <paramref name="path"/> lies in <c>[from, to)</c>, in ordinal order; never for null.</summary>
    public static bool Within(string? path, string from, string to) =>
        string.CompareOrdinal(path, from) >= 0 && string.CompareOrdinal(path, to) < 0;

    /// <summary>
    /// The same test as <see cref="Within"/>, written so that no index on <paramref name="path"/> can
    /// serve it (<c>path || ''</c> on SQLite): the planner then walks an index in the query's order
    /// and tests each row, instead of collecting every row in range and sorting them (see <c>CaseWalk</c>).
    /// </summary>
    public static bool WithinUnindexed(string? path, string from, string to) => Within(path, from, to);

    /// <summary>
    /// True when the scope has no bound (<paramref name="bound"/> is null): <c>@bound IS NULL</c>
    /// in SQL, kept as a parameter test rather than folded into a boolean on the client, so that
    /// EF Core, which builds a command per null pattern of its parameters, drops it and the
    /// condition it guards from the unbounded scope's command.
    /// </summary>
    public static bool Unbounded(string? bound) => bound is null;

    internal static void Map(ModelBuilder builder)
    {
        builder.HasDbFunction(typeof(PathRange).GetMethod(nameof(Unbounded))!).HasTranslation(args =>
            new SqlUnaryExpression(ExpressionType.Equal, args[0], typeof(bool), null));
        MapWithin(builder, nameof(Within), path => path);
        MapWithin(builder, nameof(WithinUnindexed), path =>
            new SqlBinaryExpression(ExpressionType.Add, path, new SqlConstantExpression("", path.TypeMapping), typeof(string), path.TypeMapping));
    }

    private static void MapWithin(ModelBuilder builder, string method, Func<SqlExpression, SqlExpression> column) =>
        builder.HasDbFunction(typeof(PathRange).GetMethod(method)!).HasTranslation(args =>
        {
            var path = column(args[0]);
            return new SqlBinaryExpression(
                ExpressionType.AndAlso,
                Compare(ExpressionType.GreaterThanOrEqual, path, args[1]),
                Compare(ExpressionType.LessThan, path, args[2]),
                typeof(bool),
                null);
        });

    private static SqlBinaryExpression Compare(ExpressionType operation, SqlExpression path, SqlExpression bound) =>
        new(operation, path, WithMapping(bound, path), typeof(bool), null);

    private static SqlExpression WithMapping(SqlExpression bound, SqlExpression path) => bound switch
    {
        SqlParameterExpression parameter => parameter.ApplyTypeMapping(path.TypeMapping),
        SqlConstantExpression constant => constant.ApplyTypeMapping(path.TypeMapping),
        _ => bound,
    };
}

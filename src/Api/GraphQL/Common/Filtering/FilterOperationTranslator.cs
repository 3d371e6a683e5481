using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using Platform.Api.GraphQL.Common.Errors;

namespace Platform.Api.GraphQL.Common.Filtering;

/// <summary>
/// Translates one operation input (<c>{ eq: 1, in: [2, 3] }</c>) on a member into a condition
/// that EF Core turns into SQL on SQLite and SQL Server. Several operations in one object are ANDed.
/// </summary>
internal static class FilterOperationTranslator
{
    private static readonly MethodInfo Contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo EndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;

    /// <param name="maxValues">Most values an <c>in</c>/<c>nin</c> list may hold (<c>GraphQL:MaxFilterValues</c>).</param>
    public static Expression Translate(Expression member, IDictionary<string, object?> operations, FilterField field, int maxValues)
    {
        var conditions = new List<Expression>();
        foreach (var (operation, value) in operations)
        {
            conditions.Add(operation switch
            {
                "and" => Conditions.All(Nested(value).Select(o => Translate(member, o, field, maxValues))),
                "or" => Conditions.Any(Nested(value).Select(o => Translate(member, o, field, maxValues))),
                "eq" => Equal(member, value, field),
                "neq" => Conditions.Not(Equal(member, value, field)),
                "in" => In(member, value, field, operation, maxValues),
                "nin" => Conditions.Not(In(member, value, field, operation, maxValues)),
                "gt" => Compare(Expression.GreaterThan, member, value, field, operation),
                "ngt" => Conditions.Not(Compare(Expression.GreaterThan, member, value, field, operation)),
                "gte" => Compare(Expression.GreaterThanOrEqual, member, value, field, operation),
                "ngte" => Conditions.Not(Compare(Expression.GreaterThanOrEqual, member, value, field, operation)),
                "lt" => Compare(Expression.LessThan, member, value, field, operation),
                "nlt" => Conditions.Not(Compare(Expression.LessThan, member, value, field, operation)),
                "lte" => Compare(Expression.LessThanOrEqual, member, value, field, operation),
                "nlte" => Conditions.Not(Compare(Expression.LessThanOrEqual, member, value, field, operation)),
                "contains" => Text(Contains, member, value, field, operation),
                "ncontains" => Conditions.Not(Text(Contains, member, value, field, operation)),
                "startsWith" => Text(StartsWith, member, value, field, operation),
                "nstartsWith" => Conditions.Not(Text(StartsWith, member, value, field, operation)),
                "endsWith" => Text(EndsWith, member, value, field, operation),
                "nendsWith" => Conditions.Not(Text(EndsWith, member, value, field, operation)),
                _ => throw new InvalidOperationException($"Unknown filter operation '{operation}'."),
            });
        }

        return Conditions.All(conditions);
    }

    /// <summary>Reads a list of input objects; GraphQL.NET gives input objects as dictionaries and lists as lists.</summary>
    public static IEnumerable<IDictionary<string, object?>> Nested(object? value) => value switch
    {
        null => [],
        IDictionary<string, object?> single => [single],
        IEnumerable list => list.OfType<IDictionary<string, object?>>(),
        _ => throw new InvalidOperationException($"Expected a list of input objects, got {value.GetType()}."),
    };

    private static Expression Equal(Expression member, object? value, FilterField field)
    {
        if (value is null)
        {
            // eq: null means IS NULL; a non-nullable member is never null.
            return FilterValues.IsNullable(member.Type)
                ? Expression.Equal(member, Expression.Constant(null, member.Type))
                : Conditions.False;
        }

        var decoded = field.Decode(value);
        return decoded == FilterValues.NoMatch
            ? Conditions.False
            : Expression.Equal(member, QueryParameter.Value(decoded, member.Type));
    }

    private static Expression In(Expression member, object? value, FilterField field, string operation, int maxValues)
    {
        if (value is not IEnumerable items || value is string)
        {
            return Conditions.True;
        }

        // Each value becomes a SQL parameter; SQLite and SQL Server refuse a few thousand of them.
        if (items.Cast<object?>().Take(maxValues + 1).Count() > maxValues)
        {
            throw new ExecutionError($"The filter operation '{operation}' takes at most {maxValues} values.") { Code = PlatformErrors.Validation };
        }

        var nullable = FilterValues.IsNullable(member.Type);
        var values = items.Cast<object?>()
            .Select(v => v is null ? null : field.Decode(v))
            .Where(v => v != FilterValues.NoMatch && (v is not null || nullable))
            .ToList();
        if (values.Count == 0)
        {
            return Conditions.False;
        }

        var list = QueryParameter.List(values, member.Type);
        return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [member.Type], list, member);
    }

    private static Expression Compare(
        Func<Expression, Expression, BinaryExpression> compare, Expression member, object? value, FilterField field, string operation)
    {
        var decoded = field.Decode(value ?? throw NullNotAllowed(operation));
        return compare(member, QueryParameter.Value(decoded, member.Type));
    }

    private static Expression Text(MethodInfo method, Expression member, object? value, FilterField field, string operation)
    {
        if (!field.AllowsText)
        {
            throw new InvalidOperationException($"'{operation}' applies to strings only.");
        }

        var text = value as string ?? throw NullNotAllowed(operation);
        return Expression.Call(member, method, QueryParameter.Value(text, typeof(string)));
    }

    private static ExecutionError NullNotAllowed(string operation) =>
        new($"The filter operation '{operation}' does not accept null.") { Code = PlatformErrors.Validation };
}

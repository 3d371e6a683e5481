using System.Linq.Expressions;
using System.Reflection;

namespace Platform.Api.GraphQL.Common.Loading;

/// <summary>Reverses an ordered query, for the pages read from the end of their sequence.</summary>
internal static class OrderReversal
{
    // The ordering operators by definition, each mapped to its reverse; looked up once, not per query.
    private static readonly Dictionary<MethodInfo, MethodInfo> Reversed = ReversedOrderings();

    /// <summary>Swaps the direction of every key of the outermost OrderBy/ThenBy chain.</summary>
    public static Expression Reverse(Expression expression)
    {
        if (expression is not MethodCallExpression { Method.IsGenericMethod: true } call
            || call.Method.DeclaringType != typeof(Queryable)
            || !Reversed.TryGetValue(call.Method.GetGenericMethodDefinition(), out var reversed))
        {
            return expression;
        }

        var source = call.Method.Name.StartsWith("Then", StringComparison.Ordinal) ? Reverse(call.Arguments[0]) : call.Arguments[0];
        return Expression.Call(reversed.MakeGenericMethod(call.Method.GetGenericArguments()), source, call.Arguments[1]);
    }

    private static Dictionary<MethodInfo, MethodInfo> ReversedOrderings()
    {
        // The two-argument overloads (source, key selector); the ones taking a comparer are not used here.
        var byName = typeof(Queryable).GetMethods()
            .Where(m => m.IsGenericMethodDefinition && m.GetParameters().Length == 2
                && m.Name is nameof(Queryable.OrderBy) or nameof(Queryable.OrderByDescending) or nameof(Queryable.ThenBy) or nameof(Queryable.ThenByDescending)
                && m.GetGenericArguments().Length == 2)
            .ToDictionary(m => m.Name);
        return new Dictionary<MethodInfo, MethodInfo>
        {
            [byName[nameof(Queryable.OrderBy)]] = byName[nameof(Queryable.OrderByDescending)],
            [byName[nameof(Queryable.OrderByDescending)]] = byName[nameof(Queryable.OrderBy)],
            [byName[nameof(Queryable.ThenBy)]] = byName[nameof(Queryable.ThenByDescending)],
            [byName[nameof(Queryable.ThenByDescending)]] = byName[nameof(Queryable.ThenBy)],
        };
    }
}

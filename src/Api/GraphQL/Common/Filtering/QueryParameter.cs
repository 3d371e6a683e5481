using System.Collections;
using System.Linq.Expressions;

namespace Platform.Api.GraphQL.Common.Filtering;

/// <summary>
/// Wraps filter values so that EF Core sends them as SQL parameters: a member read from a
/// constant object is evaluated by EF Core's funcletizer and parameterized, while a bare
/// constant would be inlined as a literal and defeat the plan cache.
/// </summary>
internal static class QueryParameter
{
    public static Expression Value(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), nameof(Holder<object>.Value));
    }

    public static Expression List(IEnumerable<object?> values, Type elementType)
    {
        var listType = typeof(List<>).MakeGenericType(elementType);
        var list = (IList)Activator.CreateInstance(listType)!;
        foreach (var value in values)
        {
            list.Add(value);
        }

        return Value(list, listType);
    }

    private sealed class Holder<T>(T value)
    {
        public T Value { get; } = value;
    }
}

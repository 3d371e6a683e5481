using System.Globalization;

namespace Platform.Api.GraphQL.Common.Filtering;

/// <summary>Converts argument values, as GraphQL.NET parsed them, to the CLR type of a member.</summary>
internal static class FilterValues
{
    /// <summary>Stands for a value that can match no row, e.g. an ID that does not decode.</summary>
    public static readonly object NoMatch = new();

    public static object? Convert(object? value, Type target)
    {
        if (value is null)
        {
            return null;
        }

        var type = Nullable.GetUnderlyingType(target) ?? target;
        if (type.IsInstanceOfType(value))
        {
            return value;
        }

        if (type.IsEnum)
        {
            return value is string name ? Enum.Parse(type, name, ignoreCase: true) : Enum.ToObject(type, value);
        }

        if (type == typeof(DateTime) && value is DateTimeOffset offset)
        {
            return offset.UtcDateTime;
        }

        return System.Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
    }

    public static bool IsNullable(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;
}

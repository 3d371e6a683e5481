using System.Linq.Expressions;
using GraphQL.Builders;
using GraphQL.Types;

namespace Platform.Api.GraphQL.Common.Projection;

/// <summary>
/// Records on a field which entity members its resolver reads, so that a query can read only
/// the columns of the fields that were selected.
/// </summary>
public static class ColumnMetadata
{
    public const string Key = "platform:columns";

    /// <summary>Declares the entity members this field reads.</summary>
    public static FieldBuilder<TSource, TReturn> Reads<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field, params string[] members)
    {
        field.FieldType.Metadata[Key] = members;
        return field;
    }

    /// <summary>A field that returns an entity member as it is (<see cref="PropertyFields"/>), reading just that column.</summary>
    public static FieldBuilder<TSource, TProperty> Column<TSource, TProperty>(
        this ComplexGraphType<TSource> type, string name, Expression<Func<TSource, TProperty>> member, Type? graphType = null) =>
        type.Property(name, member, graphType).Reads(((MemberExpression)member.Body).Member.Name);

    public static IReadOnlyList<string> ColumnsOf(FieldType field) =>
        field.Metadata.TryGetValue(Key, out var value) && value is string[] members ? members : [];
}

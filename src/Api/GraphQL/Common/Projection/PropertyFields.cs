using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Builders;
using GraphQL.Types;

namespace Platform.Api.GraphQL.Common.Projection;

/// <summary>
/// Fields that return a property of their source as it is: GraphQL.NET's
/// <c>Field(name, x => x.Property)</c>, without the expression it would compile for each such
/// field while the schema is built (README, Fast start). The type is inferred from the property as
/// GraphQL.NET infers it (nullability from the annotations) unless one is given, and the field
/// resolves through the property's getter. Any other expression goes to GraphQL.NET unchanged.
/// </summary>
public static class PropertyFields
{
    /// <summary>A field named after the property (the schema's names are camel case).</summary>
    public static FieldBuilder<TSource, TProperty> Property<TSource, TProperty>(
        this ComplexGraphType<TSource> type, Expression<Func<TSource, TProperty>> member) =>
        type.Property(((MemberExpression)member.Body).Member.Name, member);

    public static FieldBuilder<TSource, TProperty> Property<TSource, TProperty>(
        this ComplexGraphType<TSource> type, string name, Expression<Func<TSource, TProperty>> member, Type? graphType = null)
    {
        if (type is not IObjectGraphType || member.Body is not MemberExpression { Member: PropertyInfo property, Expression: ParameterExpression }
            || property.PropertyType != typeof(TProperty) || property.GetMethod is null)
        {
            return graphType is null ? type.Field(name, member) : type.Field(name, member, graphType);
        }

        var field = FieldBuilder<TSource, TProperty>.Create(name, graphType ?? InferredType(property))
            .Resolve(new PropertyResolver<TSource, TProperty>(property));
        type.AddField(field.FieldType);
        return field;
    }

    private static Type InferredType(PropertyInfo property)
    {
        var info = new TypeInformation(property, isInput: false);
        info.ApplyAttributes();
        return info.ConstructGraphType();
    }
}

using System.Reflection;
using GraphQL;
using GraphQL.Resolvers;

namespace Platform.Api.GraphQL.Common.Projection;

/// <summary>Resolves a field to a property of its source through the property's getter, compiling nothing.</summary>
internal sealed class PropertyResolver<TSource, TProperty>(PropertyInfo property) : IFieldResolver, IRequiresResolveFieldContextAccessor, ISourceValue
{
    private readonly Func<TSource, TProperty> get = property.GetMethod!.CreateDelegate<Func<TSource, TProperty>>();

    /// <summary>Like GraphQL.NET's resolver for a plain property, it keeps no reference to the context.</summary>
    public bool RequiresResolveFieldContextAccessor => false;

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context) => new(get((TSource)context.Source!));

    public object? ValueOf(object source) => get((TSource)source);
}

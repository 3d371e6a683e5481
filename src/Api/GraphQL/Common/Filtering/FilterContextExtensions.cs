using GraphQL;
using GraphQL.Types;
using Platform.Data;

namespace Platform.Api.GraphQL.Common.Filtering;

/// <summary>Applies a field's <c>where</c> argument with the filter input type the schema declared for it.</summary>
public static class FilterContextExtensions
{
    /// <summary>Filters <paramref name="source"/> by the argument <paramref name="argumentName"/> of the resolving field; <paramref name="db"/> is the context the query runs on (needed by reference filters).</summary>
    public static IQueryable<TEntity> ApplyWhere<TEntity>(
        this IQueryable<TEntity> source, IResolveFieldContext context, PlatformDbContext? db = null, string argumentName = "where")
    {
        var value = context.GetArgumentValue(argumentName);
        return value is null ? source : source.Where(context.GetFilterInputType<TEntity>(argumentName).ToPredicate(value, context.RequestServices, db));
    }

    /// <summary>The schema's instance of the filter input type of argument <paramref name="argumentName"/>.</summary>
    public static FilterInputType<TEntity> GetFilterInputType<TEntity>(this IResolveFieldContext context, string argumentName = "where") =>
        context.GetArgumentGraphType(argumentName) as FilterInputType<TEntity>
        ?? throw new InvalidOperationException(
            $"Argument '{argumentName}' of '{context.FieldDefinition.Name}' is not a filter input over {typeof(TEntity).Name}.");

    /// <summary>The raw value of an argument as GraphQL.NET parsed it (dictionaries for input objects).</summary>
    public static object? GetArgumentValue(this IResolveFieldContext context, string argumentName) =>
        context.Arguments is not null && context.Arguments.TryGetValue(argumentName, out var argument) ? argument.Value : null;

    /// <summary>The named graph type of an argument, unwrapped from list and non-null.</summary>
    public static IGraphType? GetArgumentGraphType(this IResolveFieldContext context, string argumentName)
    {
        IGraphType? type = context.FieldDefinition.Arguments?.FirstOrDefault(a => a.Name == argumentName)?.ResolvedType;
        while (type is IProvideResolvedType wrapper)
        {
            type = wrapper.ResolvedType;
        }

        return type;
    }
}

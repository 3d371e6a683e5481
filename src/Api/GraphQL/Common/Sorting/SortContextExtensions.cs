using System.Linq.Expressions;
using GraphQL;
using Platform.Api.GraphQL.Common.Filtering;

namespace Platform.Api.GraphQL.Common.Sorting;

/// <summary>Applies a field's <c>order</c> argument with the sort input type the schema declared for it.</summary>
public static class SortContextExtensions
{
    /// <summary>Orders by the argument <paramref name="argumentName"/>, then by <paramref name="tieBreaker"/> in the last key's direction.</summary>
    public static IOrderedQueryable<TEntity> ApplyOrder<TEntity, TKey>(
        this IQueryable<TEntity> source,
        IResolveFieldContext context,
        Expression<Func<TEntity, TKey>> tieBreaker,
        string argumentName = "order") =>
        context.GetSortInputType<TEntity>(argumentName).Apply(source, context.GetArgumentValue(argumentName), tieBreaker);

    /// <summary>The schema's instance of the sort input type of argument <paramref name="argumentName"/>.</summary>
    public static SortInputType<TEntity> GetSortInputType<TEntity>(this IResolveFieldContext context, string argumentName = "order") =>
        context.GetArgumentGraphType(argumentName) as SortInputType<TEntity>
        ?? throw new InvalidOperationException(
            $"Argument '{argumentName}' of '{context.FieldDefinition.Name}' is not a sort input over {typeof(TEntity).Name}.");
}

using GraphQL;
using System.Linq.Expressions;
using GraphQL.Types;

namespace Platform.Api.GraphQL.Common.Filtering;

/// <summary>
/// Nested filters, as HotChocolate writes them: an object filter on a reference
/// (<c>handlingUnit: { path: { startsWith: "/sh/putuo/" } }</c>) and a list filter on a child collection
/// (<c>events: { some: { kind: { eq: ESCALATED } } }</c>). Both go through navigations, so EF Core
/// applies the target's tenant filter inside the condition: a referenced row or a child the caller
/// cannot see is absent to the filter, as it is to the field that reads it.
/// </summary>
public abstract partial class FilterInputType<TEntity>
{
    private readonly Dictionary<string, Func<Expression, IDictionary<string, object?>, FilterRequest, Expression>> _nested =
        new(StringComparer.Ordinal);

    /// <summary>
    /// Adds an object filter on the reference <paramref name="reference"/>, typed by the target's own filter input.
    /// It matches a row whose reference the caller can see and matches the target's filter.
    /// </summary>
    protected FieldType ObjectField<TTarget, TTargetFilter>(string name, Expression<Func<TEntity, TTarget?>> reference)
        where TTarget : class
        where TTargetFilter : FilterInputType<TTarget>
    {
        var field = AddField(new FieldType { Name = name, Type = typeof(TTargetFilter) });
        _nested.Add(name, (entity, where, request) =>
        {
            var target = (FilterInputType<TTarget>)NamedType(field);
            var member = ParameterReplacer.Replace(reference, entity);
            return Conditions.All(
                [Expression.NotEqual(member, Expression.Constant(null, member.Type)), target.Translate(where, member, request.Deeper())]);
        });
        return field;
    }

    /// <summary>
    /// Adds a list filter (<c>some</c>, <c>none</c>, <c>all</c>, <c>any</c>) on the children <paramref name="children"/>,
    /// translated to <c>EXISTS</c> subqueries over the children the caller can see.
    /// </summary>
    protected FieldType ListField<TElement, TElementFilter>(string name, Expression<Func<TEntity, IEnumerable<TElement>>> children)
        where TElementFilter : FilterInputType<TElement>, new()
    {
        var field = AddField(new FieldType { Name = name, Type = typeof(ListFilterInputType<TElementFilter>) });
        _nested.Add(name, (entity, operations, request) =>
        {
            var list = (IInputObjectGraphType)NamedType(field);
            var member = ParameterReplacer.Replace(children, entity);
            var deeper = request.Deeper();
            Expression Matching(string operation, object value) =>
                ElementCondition<TElement>(list, operation, ToObject(value), deeper);

            return Conditions.All(operations.Where(o => o.Value is not null).Select(o => o.Key switch
            {
                "any" => o.Value is true ? Any<TElement>(member, null) : Conditions.Not(Any<TElement>(member, null)),
                "some" => Any<TElement>(member, Matching(o.Key, o.Value!)),
                "none" => Conditions.Not(Any<TElement>(member, Matching(o.Key, o.Value!))),
                "all" => Expression.Call(typeof(Enumerable), nameof(Enumerable.All), [typeof(TElement)], member, Matching(o.Key, o.Value!)),
                _ => throw new InvalidOperationException($"Unknown list filter operation '{o.Key}'."),
            }));
        });
        return field;
    }

    private static LambdaExpression ElementCondition<TElement>(
        IInputObjectGraphType list, string operation, IDictionary<string, object?> where, FilterRequest request)
    {
        var filter = (FilterInputType<TElement>)NamedType(list.GetField(operation)!);
        var element = Expression.Parameter(typeof(TElement), "e");
        return Expression.Lambda<Func<TElement, bool>>(filter.Translate(where, element, request), element);
    }

    private static Expression Any<TElement>(Expression children, Expression? predicate) => predicate is null
        ? Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(TElement)], children)
        : Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(TElement)], children, predicate);

    private static IGraphType NamedType(FieldType field) =>
        field.ResolvedType?.GetNamedType() ?? throw new InvalidOperationException($"Filter field '{field.Name}' is used before the schema is initialized.");
}

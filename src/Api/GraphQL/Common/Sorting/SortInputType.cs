using System.Linq.Expressions;
using GraphQL;
using GraphQL.Types;
using Platform.Api.GraphQL.Common.Filtering;

namespace Platform.Api.GraphQL.Common.Sorting;

/// <summary>
/// A HotChocolate-style sort input (<c>order: [CaseSortInput!]</c>) over <typeparamref name="TEntity"/>.
/// Subclasses set <c>Name</c> and declare fields of type <c>SortEnumType</c>, or nested sorts on references
/// typed by the target's sort input (<see cref="ObjectField{TTarget, TTargetSort}"/>). List elements are
/// applied in order. Several fields inside one element apply in the order this type declares them,
/// because GraphQL.NET builds the input dictionary in field-declaration order, not the client's;
/// clients set priority with list elements. A tie-breaker is always appended so that offset paging is stable.
/// </summary>
public abstract class SortInputType<TEntity> : InputObjectGraphType, INestableInput
{
    private readonly Dictionary<string, LambdaExpression> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<IDictionary<string, object?>, IEnumerable<(LambdaExpression Key, bool Descending)>>> _nested =
        new(StringComparer.Ordinal);

    /// <summary>Adds a sortable member.</summary>
    protected FieldType Field<TValue>(string name, Expression<Func<TEntity, TValue>> member)
    {
        _fields.Add(name, member);
        return AddField(new FieldType { Name = name, Type = typeof(SortEnumType) });
    }

    /// <summary>
    /// Adds a nested sort on the reference <paramref name="reference"/>, typed by the target's own sort input
    /// (<c>order: [{ handlingUnit: { name: ASC } }]</c>). A reference the caller cannot see sorts as null,
    /// since EF Core joins the target through its tenant filter.
    /// </summary>
    protected FieldType ObjectField<TTarget, TTargetSort>(string name, Expression<Func<TEntity, TTarget?>> reference)
        where TTarget : class
        where TTargetSort : SortInputType<TTarget>
    {
        var field = AddField(new FieldType { Name = name, Type = typeof(TTargetSort) });
        _nested.Add(name, element =>
        {
            var target = field.ResolvedType?.GetNamedType() as SortInputType<TTarget>
                ?? throw new InvalidOperationException($"Sort field '{name}' is used before the schema is initialized.");
            var entity = reference.Parameters[0];
            return target.KeysOf(element).Select(k =>
                (Expression.Lambda(ParameterReplacer.Replace(k.Key, reference.Body), entity), k.Descending));
        });
        return field;
    }

    /// <summary>Orders <paramref name="source"/> by the <c>order</c> argument, then by <paramref name="tieBreaker"/> in the last key's direction.</summary>
    public IOrderedQueryable<TEntity> Apply<TKey>(
        IQueryable<TEntity> source, object? orderArgument, Expression<Func<TEntity, TKey>> tieBreaker) =>
        (IOrderedQueryable<TEntity>)source.Provider.CreateQuery<TEntity>(ApplyTo(source.Expression, orderArgument, tieBreaker));

    /// <summary>
    /// Wraps <paramref name="source"/>, an expression of type <c>IQueryable&lt;TEntity&gt;</c> or
    /// <c>IEnumerable&lt;TEntity&gt;</c> (e.g. a navigation collection inside a projection), in
    /// OrderBy/ThenBy calls of <see cref="Queryable"/> or <see cref="Enumerable"/> respectively.
    /// </summary>
    public Expression ApplyTo(Expression source, object? orderArgument, LambdaExpression tieBreaker)
    {
        var queryable = typeof(IQueryable<TEntity>).IsAssignableFrom(source.Type);
        if (!queryable && !typeof(IEnumerable<TEntity>).IsAssignableFrom(source.Type))
        {
            throw new ArgumentException($"Expected a sequence of {typeof(TEntity).Name}, got {source.Type}.", nameof(source));
        }

        var result = source;
        var first = true;
        var keys = Keys(orderArgument).ToList();

        // The tie-breaker runs in the last key's direction, so that the whole order is one index's
        // order read forwards or backwards (e.g. newest first walks (RegisteredAt, Id) backwards).
        foreach (var (key, descending) in keys.Append((tieBreaker, keys.Count > 0 && keys[^1].Descending)))
        {
            var method = (first, descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            result = Expression.Call(
                queryable ? typeof(Queryable) : typeof(Enumerable),
                method,
                [typeof(TEntity), key.ReturnType],
                result,
                queryable ? Expression.Quote(key) : key);
            first = false;
        }

        return result;
    }

    /// <summary>
    /// Builds a projection whose <paramref name="selector"/> receives the children of a parent already
    /// ordered, for example <c>sort.Project((Parent p) =&gt; p.Items, (p, items) =&gt; new { p.Id, Items = items.Take(11).ToList() }, order, i =&gt; i.Id)</c>.
    /// </summary>
    public Expression<Func<TParent, TResult>> Project<TParent, TResult, TKey>(
        Expression<Func<TParent, IEnumerable<TEntity>>> children,
        Expression<Func<TParent, IEnumerable<TEntity>, TResult>> selector,
        object? orderArgument,
        Expression<Func<TEntity, TKey>> tieBreaker)
    {
        var parent = selector.Parameters[0];
        var ordered = ApplyTo(ParameterReplacer.Replace(children, parent), orderArgument, tieBreaker);
        var body = ParameterReplacer.Replace(selector.Body, selector.Parameters[1], ordered);
        return Expression.Lambda<Func<TParent, TResult>>(body, parent);
    }

    private IEnumerable<(LambdaExpression Key, bool Descending)> Keys(object? orderArgument) =>
        FilterOperationTranslator.Nested(orderArgument).SelectMany(KeysOf);

    /// <summary>The keys of one element of <c>order</c>, nested sorts expanded to keys over <typeparamref name="TEntity"/>.</summary>
    internal IEnumerable<(LambdaExpression Key, bool Descending)> KeysOf(IDictionary<string, object?> element)
    {
        foreach (var (name, direction) in element)
        {
            if (direction is null)
            {
                continue;
            }

            if (_nested.TryGetValue(name, out var nested))
            {
                foreach (var key in nested(direction as IDictionary<string, object?>
                    ?? throw new InvalidOperationException($"'{Name}.{name}' takes a sort input object.")))
                {
                    yield return key;
                }

                continue;
            }

            var member = _fields.TryGetValue(name, out var found)
                ? found
                : throw new InvalidOperationException($"'{Name}' has no field '{name}'.");
            yield return (member, direction is SortDirection.Descending);
        }
    }
}

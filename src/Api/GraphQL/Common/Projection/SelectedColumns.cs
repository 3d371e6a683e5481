using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Platform.Api.GraphQL.Common.Projection;

/// <summary>
/// The columns a field's selection reads on a type, in ordinal order, and their joined
/// <see cref="Key"/> (which names the field's batch loader). Parsed documents are cached and
/// shared by requests, so each selection set's columns are collected once, not once per
/// resolved field (a page of 20 cases resolves its units some 60 times).
/// </summary>
public sealed class SelectedColumns
{
    private static readonly ConditionalWeakTable<GraphQLSelectionSet, ConcurrentDictionary<(IComplexGraphType Type, bool Nodes, string Also), SelectedColumns>> Cache = new();

    private SelectedColumns(IReadOnlyList<string> columns)
    {
        Columns = columns;
        Key = string.Join(',', columns);
    }

    public IReadOnlyList<string> Columns { get; }

    public string Key { get; }

    private readonly ConcurrentDictionary<Type, LambdaExpression> _projections = new();

    private readonly ConcurrentDictionary<(Type, string, int), string> _loaderKeys = new();

    /// <summary>
    /// The name of the loader that reads <paramref name="entity"/> rows by <paramref name="member"/> into
    /// these columns (<paramref name="at"/>: the field's place in the document, for loaders per field),
    /// made once rather than on every resolved field.
    /// </summary>
    public string LoaderKey(Type entity, string member, int at = -1) =>
        _loaderKeys.GetOrAdd((entity, member, at), static (k, key) => k.Item3 < 0 ? $"{k.Item1.Name}/{k.Item2}/{key}" : $"{k.Item1.Name}/{k.Item2}/@{k.Item3}/{key}", Key);

    /// <summary>The projection onto these columns (<see cref="Projector.For{T}"/>), made once per type.</summary>
    public Expression<Func<T, T>> Projection<T>()
        where T : new() =>
        (Expression<Func<T, T>>)_projections.GetOrAdd(typeof(T), static (_, columns) => Projector.For<T>(columns), Columns);

    /// <summary>
    /// The columns of the current field's own selection on <paramref name="type"/>, and the
    /// columns in <paramref name="also"/> (e.g. a foreign key the loader groups by).
    /// </summary>
    public static SelectedColumns Of(IResolveFieldContext context, IComplexGraphType type, params IReadOnlyList<string> also) =>
        Cached(context, type, nodes: false, also);

    /// <summary>The same for a connection's nodes (<c>nodes { }</c> and <c>edges { node { } }</c>).</summary>
    public static SelectedColumns OfNodes(IResolveFieldContext context, IComplexGraphType nodeType, params IReadOnlyList<string> also) =>
        Cached(context, nodeType, nodes: true, also);

    private static SelectedColumns Cached(IResolveFieldContext context, IComplexGraphType type, bool nodes, IReadOnlyList<string> also)
    {
        if (context.FieldAst.SelectionSet is not { } selectionSet)
        {
            return Collect(context, type, nodes, also);
        }

        // Static, with its state passed: a lambda capturing the context would be made on every call.
        var key = (type, nodes, also.Count switch { 0 => "", 1 => also[0], _ => string.Join(',', also) });
        return Cache.GetOrCreateValue(selectionSet).GetOrAdd(key, static (k, s) => Collect(s.context, k.Type, k.Nodes, s.also), (context, also));
    }

    private static SelectedColumns Collect(IResolveFieldContext context, IComplexGraphType type, bool nodes, IReadOnlyList<string> also)
    {
        var columns = nodes ? SelectionCollector.ConnectionNodeColumns(context, type) : SelectionCollector.Columns(context, type);
        columns.UnionWith(also);
        return new([.. columns.Order(StringComparer.Ordinal)]);
    }
}

using System.Collections.Concurrent;
using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Data;

namespace Platform.Api.GraphQL.Common.Loading;

/// <summary>
/// Batched, tenant-filtered reads of entities by key or by parent key: one SQL command per
/// batch, on the request's read context in turn, only the selected columns, no tracking.
/// </summary>
public static class EntityLoaders
{
    private static readonly ConcurrentDictionary<(Type, string), Delegate> Getters = new();

    /// <summary>
    /// The entity with this id if the principal can see it, else null. <paramref name="graphType"/>,
    /// whose selected fields say which columns are read, is the resolving field's type unless given.
    /// </summary>
    public static IDataLoaderResult<T?> ById<T>(IResolveFieldContext context, int id, IComplexGraphType? graphType = null)
        where T : class, new()
    {
        var selected = SelectedColumns.Of(context, graphType ?? GraphTypes.Of(context));
        var loader = Scope(context).GetOrAdd(selected.LoaderKey(typeof(T), "Id"), (context, selected), static s => NewById<T>(s.context, s.selected));
        return loader.Load(id);
    }

    private static BatchLoader<int, T> NewById<T>(IResolveFieldContext context, SelectedColumns selected)
        where T : class, new()
    {
        var idOf = Getter<T>("Id");
        var key = selected.LoaderKey(typeof(T), "Id");
        return new BatchLoader<int, T>(async (keys, ct) =>
            (await FetchAsync(context, db => CompiledReads.ListAsync<T, T>(key, db, keys, 0,
                (rows, list, _) => rows.Where(In<T>("Id", list)).Project(selected), ct))).ToDictionary(idOf));
    }

    /// <summary>
    /// One value per key: every key asked for under <paramref name="name"/> at one level of the query
    /// is read in one command; a key with no row loads as default.
    /// </summary>
    public static IDataLoaderResult<TValue?> Batch<TKey, TRow, TValue>(
        IResolveFieldContext context, string name, TKey key,
        Func<PlatformDbContext, List<TKey>, IQueryable<TRow>> query, Func<TRow, TKey> keyOf, Func<TRow, TValue> valueOf)
        where TKey : notnull
        where TRow : class =>
        Batch(context, name, key, valueOf, query, keyOf, static (value, row) => value(row));

    /// <summary>
    /// As above, with what the value needs per request (the principal, say) passed as
    /// <paramref name="state"/>: static delegates then allocate nothing on the calls after the first.
    /// </summary>
    public static IDataLoaderResult<TValue?> Batch<TKey, TRow, TValue, TState>(
        IResolveFieldContext context, string name, TKey key, TState state,
        Func<PlatformDbContext, List<TKey>, IQueryable<TRow>> query, Func<TRow, TKey> keyOf, Func<TState, TRow, TValue> valueOf)
        where TKey : notnull
        where TRow : class
    {
        var loader = Scope(context).GetOrAdd(name, (context, state, query, keyOf, valueOf), static s => new BatchLoader<TKey, TValue>(async (keys, ct) =>
            (await RowsAsync(s.context, s.query, keys, ct)).ToDictionary(s.keyOf, row => s.valueOf(s.state, row))));
        return loader.Load(key);
    }

    /// <summary>Like <see cref="Batch"/>, with any number of values per key (none is an empty list).</summary>
    public static IDataLoaderResult<IReadOnlyList<TValue>> Group<TKey, TRow, TValue>(
        IResolveFieldContext context, string name, TKey key,
        Func<PlatformDbContext, List<TKey>, IQueryable<TRow>> query, Func<TRow, TKey> keyOf, Func<TRow, TValue> valueOf)
        where TKey : notnull
        where TRow : class
    {
        var loader = Scope(context).GetOrAdd(name, (context, query, keyOf, valueOf), static s => new GroupLoader<TKey, TValue>(async (keys, ct) =>
            (await RowsAsync(s.context, s.query, keys, ct)).ToGroups(s.keyOf, s.valueOf)));
        return loader.Load(key);
    }

    private static Task<List<TRow>> RowsAsync<TKey, TRow>(
        IResolveFieldContext context, Func<PlatformDbContext, List<TKey>, IQueryable<TRow>> query, IReadOnlyList<TKey> keys, CancellationToken ct)
        where TRow : class =>
        FetchAsync(context, db => query(db, keys.ToList()).AsNoTracking().ToListAsync(ct));

    /// <summary>
    /// The children of a parent (rows whose <paramref name="foreignKey"/> equals the parent id), as
    /// stored: <paramref name="shape"/> orders or narrows them; fields mask what the viewer may not read.
    /// </summary>
    public static IDataLoaderResult<IReadOnlyList<T>> ByParent<T>(
        IResolveFieldContext context,
        string foreignKey,
        int parentId,
        Func<IQueryable<T>, IQueryable<T>>? shape = null,
        IReadOnlyList<string>? alsoRead = null)
        where T : class, new()
    {
        var selected = SelectedColumns.Of(context, GraphTypes.Of(context), [foreignKey, .. alsoRead ?? []]);
        var key = selected.LoaderKey(typeof(T), foreignKey);
        var loader = Scope(context).GetOrAdd(key, (context, foreignKey, shape, selected, key), static s => new GroupLoader<int, T>((ids, ct) =>
            FetchAsync(s.context, async db =>
            {
                // A shape that captures nothing reads the same way for every request: compiled once.
                var rows = CompiledReads.CapturesNothing(s.shape)
                    ? await CompiledReads.ListAsync<T, T>((s.key, s.shape?.Method), db, ids, 0, (all, list, _) => Children(all, In<T>(s.foreignKey, list), s.shape, s.selected), ct)
                    : await Children(db.Set<T>().AsNoTracking(), In<T>(s.foreignKey, ids), s.shape, s.selected).ToListAsync(ct);
                return rows.ToGroups(Getter<T>(s.foreignKey));
            })));
        return loader.Load(parentId);
    }

    private static IQueryable<T> Children<T>(IQueryable<T> rows, Expression<Func<T, bool>> ofParents, Func<IQueryable<T>, IQueryable<T>>? shape, SelectedColumns selected)
        where T : class, new()
    {
        var query = rows.Where(ofParents);
        return (shape?.Invoke(query) ?? query).Project(selected);
    }

    /// <summary>
    /// Runs <paramref name="work"/> on the request's read context (<see cref="RequestReads"/>), bound to
    /// its tenant scope, once no other batch or field is using it: the one place where a resolver or a
    /// batch gets a context for reading. Writes go through a context of their own (<c>MutationRunner</c>).
    /// </summary>
    public static Task<TResult> FetchAsync<TResult>(IResolveFieldContext context, Func<PlatformDbContext, Task<TResult>> work) =>
        context.RequestServices!.GetRequiredService<RequestReads>().RunAsync(work, context.CancellationToken);

    /// <summary>The request's loaders: the one way to reach them.</summary>
    public static DataLoaderScope Scope(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<DataLoaderScope>();

    /// <summary><c>e =&gt; ids.Contains(e.Member)</c> for an int member, with the id list as one parameter.</summary>
    public static Expression<Func<T, bool>> In<T>(string member, IReadOnlyList<int> ids)
    {
        var list = ids.ToList();
        Expression<Func<List<int>>> holder = () => list;
        return In<T>(member, holder.Body);
    }

    /// <summary>As above, with the list given as an expression of type <see cref="List{T}"/> of int (a compiled query's parameter).</summary>
    public static Expression<Func<T, bool>> In<T>(string member, Expression list)
    {
        var e = Expression.Parameter(typeof(T), "e");
        var property = Expression.Property(e, member);
        var value = property.Type == typeof(int) ? (Expression)property : Expression.Convert(property, typeof(int));
        var contains = Expression.Call(list, typeof(List<int>).GetMethod(nameof(List<int>.Contains))!, value);
        var body = property.Type == typeof(int)
            ? (Expression)contains
            : Expression.AndAlso(Expression.NotEqual(property, Expression.Constant(null, property.Type)), contains);
        return Expression.Lambda<Func<T, bool>>(body, e);
    }

    /// <summary>A compiled getter for an int (or nullable int) member.</summary>
    public static Func<T, int> Getter<T>(string member) =>
        (Func<T, int>)Getters.GetOrAdd((typeof(T), member), _ =>
        {
            var e = Expression.Parameter(typeof(T), "e");
            var property = Expression.Property(e, member);
            Expression value = property.Type == typeof(int)
                ? property
                : Expression.Coalesce(property, Expression.Constant(0));
            return Expression.Lambda<Func<T, int>>(value, e).Compile();
        });
}

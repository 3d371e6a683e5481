using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Platform.Data;

namespace Platform.Api.GraphQL.Common.Loading;

/// <summary>
/// The loaders' reads whose shape the code and the selection fix (rows by a list of keys, narrowed,
/// ordered and projected the same way every time), compiled once per shape with
/// <see cref="EF.CompileAsyncQuery{TContext,TParam1,TParam2,TResult}(Expression{Func{TContext,TParam1,TParam2,IQueryable{TResult}}})"/>
/// and run with each batch's values. EF Core then neither walks a batch's expression tree for its
/// values nor looks the tree up in its query cache, which is most of what it spends on a loader's
/// read outside SQLite. The tenant filters are the model's query filters: a compiled query applies
/// them with the tenant of the context it runs on, as every other query does.
/// </summary>
/// <remarks>
/// The shape is built once, for the first batch of its key, so it must not capture anything of a
/// request: the key names all it depends on, and the batch's values reach it only as the
/// parameters <c>list</c> (the keys, one SQL parameter) and <c>value</c> (a row count). At most
/// <see cref="MaxShapes"/> shapes are kept compiled.
/// </remarks>
internal static class CompiledReads
{
    private static readonly ConcurrentDictionary<object, Delegate> Queries = new();
    private static readonly ConcurrentDictionary<Type, bool> Stateless = new();

    // Shapes are as many as the column sets documents select; past this many (a caller trying every
    // set, say) a new shape is read uncompiled rather than kept for the life of the process.
    private const int MaxShapes = 512;

    private static readonly MethodInfo SetOfT = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!;
    private static readonly MethodInfo AsNoTrackingOfT = typeof(EntityFrameworkQueryableExtensions).GetMethod(nameof(EntityFrameworkQueryableExtensions.AsNoTracking))!;

    /// <summary>
    /// The rows <paramref name="shape"/> reads, given the untracked rows of <typeparamref name="T"/>,
    /// the key list and the row count as expressions, for this batch's <paramref name="keys"/> and
    /// <paramref name="value"/>.
    /// </summary>
    public static async Task<List<TRow>> ListAsync<T, TRow>(
        object key,
        PlatformDbContext db,
        IReadOnlyList<int> keys,
        int value,
        Func<IQueryable<T>, Expression, Expression, IQueryable<TRow>> shape,
        CancellationToken cancellationToken)
        where T : class
    {
        if (Kept(key, shape, static shape => Compile<T, List<int>, TRow>(shape, "list", "value")) is not { } query)
        {
            return await Uncompiled(db, keys, value, shape).ToListAsync(cancellationToken);
        }

        return await ToListAsync(query(db, [.. keys], value), keys.Count, cancellationToken);
    }

    /// <summary>
    /// The first <paramref name="p"/> rows of a root connection whose shape filters on a list of
    /// paths (the parameter <c>paths</c>; the row count is the parameter <c>p</c>, as EF Core names a page's).
    /// </summary>
    public static async Task<List<TRow>> PageAsync<T, TRow>(
        object key,
        PlatformDbContext db,
        IReadOnlyList<string> paths,
        int p,
        Func<IQueryable<T>, Expression, Expression, IQueryable<TRow>> shape,
        CancellationToken cancellationToken)
        where T : class
    {
        if (Kept(key, shape, static shape => Compile<T, IReadOnlyList<string>, TRow>(shape, "paths", "p")) is not { } query)
        {
            return await Uncompiled(db, paths, p, shape).ToListAsync(cancellationToken);
        }

        return await ToListAsync(query(db, paths, p), p, cancellationToken);
    }

    /// <summary>The number of rows of a shape as <see cref="PageAsync{T, TRow}"/>'s (its row count unused).</summary>
    public static async Task<int> CountAsync<T>(
        object key,
        PlatformDbContext db,
        IReadOnlyList<string> paths,
        Func<IQueryable<T>, Expression, IQueryable<T>> shape,
        CancellationToken cancellationToken)
        where T : class
    {
        var count = Kept(key, shape, static shape =>
        {
            var (db, list, _) = Parameters<IReadOnlyList<string>>("paths", "p");
            var cancellation = Expression.Parameter(typeof(CancellationToken), "cancellationToken");
            var body = Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(T)], shape(Rows<T>(db), list).Expression);
            return EF.CompileAsyncQuery(Expression.Lambda<Func<PlatformDbContext, IReadOnlyList<string>, CancellationToken, int>>(body, db, list, cancellation));
        });
        if (count is null)
        {
            return await Uncompiled<T, T>(db, paths, 0, (rows, list, _) => shape(rows, list)).CountAsync(cancellationToken);
        }

        return await count(db, paths, cancellationToken);
    }

    // The compiled query of a shape key, compiled on first use; null once MaxShapes are kept. The
    // query's type (its entity, rows and parameters) is part of the key, so one key can name a
    // list, a page and a count without one taking the other's place.
    private static TQuery? Kept<TQuery, TShape>(object key, TShape shape, Func<TShape, TQuery> compile)
        where TQuery : Delegate
    {
        var typed = (typeof(TQuery), key);
        if (Queries.TryGetValue(typed, out var compiled))
        {
            return (TQuery)compiled;
        }

        return Queries.Count >= MaxShapes ? null : (TQuery)Queries.GetOrAdd(typed, static (_, s) => s.compile(s.shape), (shape, compile));
    }

    private static async Task<List<TRow>> ToListAsync<TRow>(IAsyncEnumerable<TRow> query, int capacity, CancellationToken cancellationToken)
    {
        var rows = new List<TRow>(capacity);
        await foreach (var row in query.WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>
    /// Whether <paramref name="shape"/> (a lambda of the calling code) captures nothing, so that it
    /// builds the same query for every request and may be part of a compiled shape.
    /// </summary>
    public static bool CapturesNothing(Delegate? shape) =>
        shape?.Target is not { } target
        || Stateless.GetOrAdd(target.GetType(), static type => type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Length == 0);

    /// <summary>
    /// A shape of <see cref="ListAsync{T, TRow}"/> read as any query, once <see cref="MaxShapes"/>
    /// are kept: its values captured, and so sent as the same parameters (<c>list</c>, <c>value</c>).
    /// </summary>
    internal static IQueryable<TRow> Uncompiled<T, TRow>(
        PlatformDbContext db, IReadOnlyList<int> keys, int value, Func<IQueryable<T>, Expression, Expression, IQueryable<TRow>> shape)
        where T : class
    {
        var list = keys.ToList();
        Expression<Func<List<int>>> listOf = () => list;
        Expression<Func<int>> valueOf = () => value;
        return shape(db.Set<T>().AsNoTracking(), listOf.Body, valueOf.Body);
    }

    /// <summary>As above for a shape of <see cref="PageAsync{T, TRow}"/> (<c>paths</c>, <c>p</c>).</summary>
    internal static IQueryable<TRow> Uncompiled<T, TRow>(
        PlatformDbContext db, IReadOnlyList<string> paths, int p, Func<IQueryable<T>, Expression, Expression, IQueryable<TRow>> shape)
        where T : class
    {
        Expression<Func<IReadOnlyList<string>>> pathsOf = () => paths;
        Expression<Func<int>> countOf = () => p;
        return shape(db.Set<T>().AsNoTracking(), pathsOf.Body, countOf.Body);
    }

    private static Func<PlatformDbContext, TList, int, IAsyncEnumerable<TRow>> Compile<T, TList, TRow>(
        Func<IQueryable<T>, Expression, Expression, IQueryable<TRow>> shape, string listName, string valueName)
        where T : class
    {
        var (db, list, value) = Parameters<TList>(listName, valueName);
        var body = shape(Rows<T>(db), list, value).Expression;
        return EF.CompileAsyncQuery(Expression.Lambda<Func<PlatformDbContext, TList, int, IQueryable<TRow>>>(body, db, list, value));
    }

    private static (ParameterExpression Db, ParameterExpression List, ParameterExpression Value) Parameters<TList>(string listName, string valueName) =>
        (Expression.Parameter(typeof(PlatformDbContext), "db"), Expression.Parameter(typeof(TList), listName), Expression.Parameter(typeof(int), valueName));

    // A stand-in over which a shape composes its operators, whose expression is the context's
    // untracked set: nothing runs on it, its tree becomes the compiled query's body.
    private static EnumerableQuery<T> Rows<T>(ParameterExpression db) =>
        new(Expression.Call(AsNoTrackingOfT.MakeGenericMethod(typeof(T)), Expression.Call(db, SetOfT.MakeGenericMethod(typeof(T)))));
}

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
        var shapeKey = (typeof(T), typeof(TRow), key);
        if (!Queries.TryGetValue(shapeKey, out var compiled))
        {
            if (Queries.Count >= MaxShapes)
            {
                return await Uncompiled(db, keys, value, shape).ToListAsync(cancellationToken);
            }

            compiled = Queries.GetOrAdd(shapeKey, static (_, shape) => Compile(shape), shape);
        }

        var query = (Func<PlatformDbContext, List<int>, int, IAsyncEnumerable<TRow>>)compiled;
        var rows = new List<TRow>(keys.Count);
        await foreach (var row in query(db, [.. keys], value).WithCancellation(cancellationToken))
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

    // The same shape read as any query, its values captured (and sent as the same parameters).
    private static IQueryable<TRow> Uncompiled<T, TRow>(
        PlatformDbContext db, IReadOnlyList<int> keys, int value, Func<IQueryable<T>, Expression, Expression, IQueryable<TRow>> shape)
        where T : class
    {
        var list = keys.ToList();
        Expression<Func<List<int>>> listOf = () => list;
        Expression<Func<int>> valueOf = () => value;
        return shape(db.Set<T>().AsNoTracking(), listOf.Body, valueOf.Body);
    }

    private static Func<PlatformDbContext, List<int>, int, IAsyncEnumerable<TRow>> Compile<T, TRow>(
        Func<IQueryable<T>, Expression, Expression, IQueryable<TRow>> shape)
        where T : class
    {
        var db = Expression.Parameter(typeof(PlatformDbContext), "db");
        var list = Expression.Parameter(typeof(List<int>), "list");
        var value = Expression.Parameter(typeof(int), "value");

        // The shape composes its operators over a stand-in whose expression is the context's set;
        // nothing runs on the stand-in, its tree becomes the compiled query's body.
        var rows = Expression.Call(AsNoTrackingOfT.MakeGenericMethod(typeof(T)), Expression.Call(db, SetOfT.MakeGenericMethod(typeof(T))));
        var body = shape(new EnumerableQuery<T>(rows), list, value).Expression;
        return EF.CompileAsyncQuery(Expression.Lambda<Func<PlatformDbContext, List<int>, int, IQueryable<TRow>>>(body, db, list, value));
    }
}

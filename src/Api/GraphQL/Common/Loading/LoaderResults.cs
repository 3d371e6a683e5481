using GraphQL.DataLoader;

namespace Platform.Api.GraphQL.Common.Loading;

/// <summary>Combinators over pending loader results; none of them dispatches a batch early.</summary>
public static class LoaderResults
{
    /// <summary>All results, in order, skipping nulls (rows the principal cannot see).</summary>
    public static IDataLoaderResult<IReadOnlyList<T>> All<T>(IReadOnlyList<IDataLoaderResult<T?>> results)
        where T : class => new AllResult<T>(results);

    private static readonly IDataLoaderResult<bool> True = new ValueResult<bool>(true), False = new ValueResult<bool>(false);

    /// <summary>A result that is already known.</summary>
    public static IDataLoaderResult<T> Value<T>(T value) => new ValueResult<T>(value);

    /// <summary>As <see cref="Value{T}"/>, one of two shared results: asked per field and row of personal data.</summary>
    public static IDataLoaderResult<bool> Value(bool value) => value ? True : False;

    /// <summary>The value of a result already known (<see cref="Value{T}"/>), so that a resolver can return it without awaiting.</summary>
    public static bool TryGetKnown<T>(this IDataLoaderResult<T> result, out T value)
    {
        if (result is ValueResult<T> known)
        {
            value = known.Value;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>
    /// What a resolver returns for <paramref name="result"/>: its value when already known, so that the
    /// field completes at once, else the pending result.
    /// </summary>
    public static object? ValueOrPending<T>(this IDataLoaderResult<T> result) =>
        result.TryGetKnown(out var value) ? value : result;

    /// <summary>Combines two pending results; both are enlisted before either is awaited, so neither batch splits.</summary>
    public static IDataLoaderResult<TOut> Both<TA, TB, TOut>(IDataLoaderResult<TA> a, IDataLoaderResult<TB> b, Func<TA, TB, TOut> map) =>
        new BothResult<TA, TB, TOut>(a, b, map);

    /// <summary>Applies <paramref name="map"/> once the result is loaded.</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, TOut> map) =>
        new ThenResult<TIn, TOut>(result, map);

    /// <summary>
    /// As <see cref="Then{TIn,TOut}"/>, with the state <paramref name="map"/> needs passed in, so that
    /// a static <paramref name="map"/> allocates no closure per value (per field and row on hot paths).
    /// </summary>
    public static IDataLoaderResult<TOut> Then<TIn, TState, TOut>(this IDataLoaderResult<TIn> result, TState state, Func<TIn, TState, TOut> map) =>
        new ThenResult<TIn, TState, TOut>(result, state, map);

    private sealed class AllResult<T>(IReadOnlyList<IDataLoaderResult<T?>> results) : IDataLoaderResult<IReadOnlyList<T>>
        where T : class
    {
        public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var list = new List<T>(results.Count);
            foreach (var result in results)
            {
                if (await result.GetResultAsync(cancellationToken) is { } value)
                {
                    list.Add(value);
                }
            }

            return list;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }

    private sealed class ThenResult<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await inner.GetResultAsync(cancellationToken));

        // As above, without a task for the typed result in between: one task per value, not two.
        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            map(await inner.GetResultAsync(cancellationToken));
    }

    private sealed class ThenResult<TIn, TState, TOut>(IDataLoaderResult<TIn> inner, TState state, Func<TIn, TState, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await inner.GetResultAsync(cancellationToken), state);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            map(await inner.GetResultAsync(cancellationToken), state);
    }

    private sealed class ValueResult<T>(T value) : IDataLoaderResult<T>
    {
        public T Value => value;

        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }

    private sealed class BothResult<TA, TB, TOut>(IDataLoaderResult<TA> a, IDataLoaderResult<TB> b, Func<TA, TB, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await a.GetResultAsync(cancellationToken), await b.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            map(await a.GetResultAsync(cancellationToken), await b.GetResultAsync(cancellationToken));
    }
}

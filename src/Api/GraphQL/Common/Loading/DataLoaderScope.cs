namespace Platform.Api.GraphQL.Common.Loading;

/// <summary>
/// The loaders of one request. Registered as scoped, so resolvers of the singleton schema reach
/// per-request loaders through <c>context.RequestServices</c>; see <see cref="EntityLoaders.Scope"/>.
/// </summary>
public sealed class DataLoaderScope
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, object> _loaders = new(StringComparer.Ordinal);

    /// <summary>
    /// Like <see cref="GetOrAdd{TLoader}(string, Func{TLoader})"/>, with what the factory needs passed as
    /// <paramref name="state"/>: a static factory then allocates nothing when the loader exists.
    /// </summary>
    public TLoader GetOrAdd<TLoader, TState>(string key, TState state, Func<TState, TLoader> create)
        where TLoader : class
    {
        lock (_gate)
        {
            if (_loaders.TryGetValue(key, out var existing) && existing is TLoader found)
            {
                return found;
            }
        }

        return Create(key, state, create);
    }

    // Apart, so that the closure is made only when the loader is: a lambda that captures a method's
    // parameters is allocated on entry to that method, on the path that finds the loader too.
    private TLoader Create<TLoader, TState>(string key, TState state, Func<TState, TLoader> create)
        where TLoader : class =>
        GetOrAdd(key, () => create(state));

    /// <summary>Returns the loader stored under <paramref name="key"/>, creating it on first use.</summary>
    /// <exception cref="InvalidOperationException">A loader of another type is already stored under the key.</exception>
    public TLoader GetOrAdd<TLoader>(string key, Func<TLoader> create)
        where TLoader : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(create);

        // A lock rather than ConcurrentDictionary.GetOrAdd, which may run the factory twice and so
        // hand two resolvers two loaders that would each fetch.
        lock (_gate)
        {
            if (_loaders.TryGetValue(key, out var existing))
            {
                return existing as TLoader ?? throw new InvalidOperationException(
                    $"The data loader '{key}' is a {existing.GetType().Name}, not a {typeof(TLoader).Name}.");
            }

            var loader = create() ?? throw new InvalidOperationException($"The factory for data loader '{key}' returned null.");
            _loaders.Add(key, loader);
            return loader;
        }
    }
}

using Platform.Api.Tenancy;

namespace Platform.Api.GraphQL.Common.Loading;

/// <summary>
/// The operation's service scope as resolvers see it (<c>context.RequestServices</c>), with the
/// few per-request services they ask for on every field kept after the first look-up. A scope
/// resolves its scoped services under a lock of its own; the resolvers of one operation run on
/// several threads at once and would otherwise queue on that lock many times per request. Only
/// scoped services are kept, which the scope would hand back unchanged anyway; everything else
/// is asked of the scope.
/// </summary>
public sealed class RequestServiceCache(IServiceProvider scope) : IServiceProvider, IKeyedServiceProvider, ISupportRequiredService
{
    private static readonly Type[] Kept = [typeof(DataLoaderScope), typeof(RequestReads), typeof(CurrentPrincipal)];

    private readonly object?[] _kept = new object?[Kept.Length];

    /// <summary>The scope behind the cache.</summary>
    public IServiceProvider Scope { get; } = scope ?? throw new ArgumentNullException(nameof(scope));

    /// <inheritdoc />
    public object? GetService(Type serviceType)
    {
        var slot = Array.IndexOf(Kept, serviceType);
        if (slot < 0)
            return Scope.GetService(serviceType);

        // Two threads may both miss and both ask: the scope hands both the same instance.
        return Volatile.Read(ref _kept[slot]) ?? (_kept[slot] = Scope.GetService(serviceType));
    }

    /// <inheritdoc />
    public object GetRequiredService(Type serviceType) =>
        GetService(serviceType) ?? Scope.GetRequiredService(serviceType);

    /// <inheritdoc />
    public object? GetKeyedService(Type serviceType, object? serviceKey) =>
        Keyed().GetKeyedService(serviceType, serviceKey);

    /// <inheritdoc />
    public object GetRequiredKeyedService(Type serviceType, object? serviceKey) =>
        Keyed().GetRequiredKeyedService(serviceType, serviceKey);

    private IKeyedServiceProvider Keyed() =>
        Scope as IKeyedServiceProvider ?? throw new InvalidOperationException("The request's service scope does not support keyed services.");
}

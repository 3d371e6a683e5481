using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace Platform.Identity.Clients;

/// <summary>
/// The browser origins registered by public clients that are not disabled, read from the store
/// at most once per <see cref="PlatformCorsOptions.ClientOriginsCacheDuration"/>; registering or
/// disabling a client in this process invalidates it at once.
/// </summary>
public sealed class ClientOriginCache(IServiceScopeFactory scopes, IOptions<PlatformCorsOptions> options, TimeProvider time)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile Snapshot? snapshot;

    public async Task<IReadOnlySet<string>> OriginsAsync(CancellationToken cancellationToken)
    {
        if (snapshot is { } current && current.Until > time.GetUtcNow())
        {
            return current.Origins;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (snapshot is { } fresh && fresh.Until > time.GetUtcNow())
            {
                return fresh.Origins;
            }

            var origins = await ReadAsync(cancellationToken);
            snapshot = new Snapshot(origins, time.GetUtcNow() + options.Value.ClientOriginsCacheDuration);
            return origins;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Invalidate() => snapshot = null;

    private async Task<HashSet<string>> ReadAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var origins = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            var properties = await applications.GetPropertiesAsync(application, cancellationToken);
            if (!ClientProperties.IsDisabled(properties))
            {
                origins.UnionWith(ClientProperties.AllowedOriginsOf(properties));
            }
        }

        return origins;
    }

    private sealed record Snapshot(IReadOnlySet<string> Origins, DateTimeOffset Until);
}

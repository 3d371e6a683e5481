using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Platform.Data;

namespace Platform.Identity.Tokens;

/// <summary>
/// Deletes expired, revoked and redeemed tokens and the authorizations left without tokens, every
/// <see cref="PlatformIdentityOptions.PruneInterval"/>. Safe with several replicas: each runs the
/// same idempotent deletes, and a row deleted by one is simply not found by the others.
/// </summary>
public sealed class TokenPruningService(
    IServiceScopeFactory scopes, PlatformStartup startup, IOptions<PlatformIdentityOptions> options, TimeProvider time, ILogger<TokenPruningService> logger)
    : BackgroundService
{
    /// <summary>One pass; returns the numbers of tokens and authorizations deleted.</summary>
    public async Task<(long Tokens, long Authorizations)> PruneAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var threshold = time.GetUtcNow() - options.Value.PruneAfter;
        var tokens = await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().PruneAsync(threshold, cancellationToken);
        var authorizations = await scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>().PruneAsync(threshold, cancellationToken);
        logger.LogInformation("Pruned {Tokens} tokens and {Authorizations} authorizations created before {Threshold}", tokens, authorizations, threshold);
        return (tokens, authorizations);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await startup.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.PruneInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PruneAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A failed pass (e.g. the database briefly away) is retried at the next tick.
                logger.LogWarning(exception, "Pruning tokens failed");
            }
        }
    }
}

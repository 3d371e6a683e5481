using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Core;
using OpenIddict.EntityFrameworkCore.Models;

namespace Platform.Identity.Tokens;

/// <summary>
/// OpenIddict's token manager, telling <see cref="TokenStatusCache"/> about every revocation it
/// makes — whoever asked for it (revocation endpoint, refresh token reuse, an admin) — so that the
/// API refuses a revoked token at once in this process.
/// </summary>
public sealed class RevocationAwareTokenManager(
    IOpenIddictTokenCache<OpenIddictEntityFrameworkCoreToken> cache,
    ILogger<OpenIddictTokenManager<OpenIddictEntityFrameworkCoreToken>> logger,
    IOptionsMonitor<OpenIddictCoreOptions> options,
    IOpenIddictTokenStore<OpenIddictEntityFrameworkCoreToken> store,
    TokenStatusCache statuses)
    : OpenIddictTokenManager<OpenIddictEntityFrameworkCoreToken>(cache, logger, options, store)
{
    public override async ValueTask<bool> TryRevokeAsync(OpenIddictEntityFrameworkCoreToken token, CancellationToken cancellationToken = default)
    {
        var revoked = await base.TryRevokeAsync(token, cancellationToken);
        statuses.Forget(token.Id);
        return revoked;
    }

    public override async ValueTask<long> RevokeByAuthorizationIdAsync(string identifier, CancellationToken cancellationToken = default)
    {
        var count = await base.RevokeByAuthorizationIdAsync(identifier, cancellationToken);
        statuses.ForgetAuthorization(identifier);
        return count;
    }

    public override async ValueTask<long> RevokeBySubjectAsync(string subject, CancellationToken cancellationToken = default)
    {
        var count = await base.RevokeBySubjectAsync(subject, cancellationToken);
        statuses.ForgetSubject(subject);
        return count;
    }

    public override async ValueTask<long> RevokeByApplicationIdAsync(string identifier, CancellationToken cancellationToken = default)
    {
        var count = await base.RevokeByApplicationIdAsync(identifier, cancellationToken);

        // Entries do not know their client; a client's revocation is rare enough to forget all.
        statuses.Clear();
        return count;
    }

    public override async ValueTask<long> RevokeAsync(
        string? subject, string? client, string? status, string? type, CancellationToken cancellationToken = default)
    {
        var count = await base.RevokeAsync(subject, client, status, type, cancellationToken);
        statuses.Clear();
        return count;
    }
}

using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;
using Platform.Data.Tenancy;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Platform.Identity.Tokens;

/// <summary>
/// Whether an access token is still valid in the store: not revoked, nor its authorization. The
/// answer comes from <see cref="TokenStatusCache"/>, or from one SQL query when the cache does
/// not know it. A token without an id or a store entry (every genuine one has both) is not valid.
/// </summary>
public sealed class TokenStatusCheck(TokenStatusCache cache, SystemDbContexts contexts)
{
    public async ValueTask<bool> IsValidAsync(string? tokenId, CancellationToken cancellationToken) =>
        tokenId is not null && (cache.IsValid(tokenId) ?? await ReadAsync(tokenId, cancellationToken));

    private async Task<bool> ReadAsync(string tokenId, CancellationToken cancellationToken)
    {
        await using var db = contexts.Unscoped();
        var entry = await db.Set<OpenIddictEntityFrameworkCoreToken>().AsNoTracking()
            .Where(t => t.Id == tokenId)
            .Select(t => new { t.Status, t.Subject, AuthorizationId = t.Authorization!.Id, AuthorizationStatus = t.Authorization.Status })
            .FirstOrDefaultAsync(cancellationToken);
        var valid = entry is not null && entry.Status == Statuses.Valid
            && (entry.AuthorizationId is null || entry.AuthorizationStatus == Statuses.Valid);
        cache.Set(tokenId, valid, entry?.AuthorizationId, entry?.Subject);
        return valid;
    }
}

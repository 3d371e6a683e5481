using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;
using OpenIddict.Validation;
using Platform.Data;
using Platform.Data.Tenancy;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace Platform.Identity.Tokens;

/// <summary>
/// Refuses an access token at the API once it was revoked — by the revocation endpoint, by a
/// reused refresh token revoking its chain, or by deactivating its account or client. The status
/// comes from <see cref="TokenStatusCache"/>, or from one SQL query when the cache does not know it.
/// A token without a store entry (every genuine one has one) is refused.
/// </summary>
public sealed class TokenStatusValidationHandler(TokenStatusCache cache, SystemDbContexts contexts)
    : IOpenIddictValidationHandler<ValidateTokenContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseScopedHandler<TokenStatusValidationHandler>()
            .SetOrder(OpenIddictValidationHandlers.Protection.ValidateExpirationDate.Descriptor.Order + 500)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenContext context)
    {
        if (context.IsRejected || context.Principal is null)
        {
            return;
        }

        var tokenId = context.Principal.GetTokenId();
        var valid = tokenId is null ? false : cache.IsValid(tokenId) ?? await ReadAsync(tokenId, context.CancellationToken);
        if (!valid)
        {
            context.Reject(Errors.InvalidToken, "The access token is no longer valid.");
        }
    }

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

using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace Platform.Identity.Tokens;

/// <summary>
/// The principals of the access tokens OpenIddict's validation accepted lately, by the token's
/// exact text, so that a client sending the same token again is not parsed, verified and mapped
/// on every request (<see cref="CachedBearerHandler"/>). An entry lives until its token expires,
/// and at most <see cref="PlatformIdentityOptions.TokenStatusCacheDuration"/>: the time another
/// replica's revocation takes to be seen also bounds how long a signing key retired there is
/// still trusted here. The token's status is checked on every request all the same.
/// </summary>
public sealed class ValidatedTokenCache(IOptions<PlatformIdentityOptions> options, TimeProvider time)
{
    private readonly ExpiringCache<Entry> entries = new(() => options.Value.ValidatedTokenCacheSize, time);

    public bool TryGet(string token, [NotNullWhen(true)] out Entry? entry) => entries.TryGet(token, out entry);

    /// <summary>As above, by the token's characters (the header's tail), giving the token as remembered.</summary>
    public bool TryGet(ReadOnlySpan<char> token, [NotNullWhen(true)] out string? known, [NotNullWhen(true)] out Entry? entry) =>
        entries.TryGet(token, out known, out entry);

    /// <summary>Remembers <paramref name="principal"/>, validated from <paramref name="token"/>; a token without an expiry is never remembered.</summary>
    public void Add(string token, ClaimsPrincipal principal)
    {
        if (principal.GetExpirationDate() is not { } expires)
        {
            return;
        }

        var until = time.GetUtcNow() + options.Value.TokenStatusCacheDuration;
        entries.Set(token, new Entry(principal, principal.GetTokenId(), principal.GetCreationDate(), expires), expires < until ? expires : until);
    }

    public void Clear() => entries.Clear();

    /// <summary>A validated token's principal, with what the ticket says of it.</summary>
    public sealed record Entry(ClaimsPrincipal Principal, string? TokenId, DateTimeOffset? Issued, DateTimeOffset Expires);
}

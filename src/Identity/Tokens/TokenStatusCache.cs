using Microsoft.Extensions.Options;

namespace Platform.Identity.Tokens;

/// <summary>
/// What the API last read of access tokens' status, so that checking it costs no SQL on most
/// requests. Bounded in time (<see cref="PlatformIdentityOptions.TokenStatusCacheDuration"/>) and
/// size (<see cref="PlatformIdentityOptions.TokenStatusCacheSize"/>). Tokens issued by this process
/// are known valid from the start; every revocation made in this process (the revocation endpoint,
/// refresh token reuse, deactivations) is forgotten at once, one made by another replica is seen
/// when the entry expires.
/// </summary>
public sealed class TokenStatusCache(IOptions<PlatformIdentityOptions> options, TimeProvider time)
{
    private readonly ExpiringCache<Entry> entries = new(() => options.Value.TokenStatusCacheSize, time);

    /// <summary>True or false when known, null when the store must be asked.</summary>
    public bool? IsValid(string tokenId) => entries.TryGet(tokenId, out var entry) ? entry.Valid : null;

    public void Set(string tokenId, bool valid, string? authorizationId, string? subject) =>
        entries.Set(tokenId, new Entry(valid, authorizationId, subject), time.GetUtcNow() + options.Value.TokenStatusCacheDuration);

    public void Forget(string? tokenId)
    {
        if (tokenId is not null)
        {
            entries.Remove(tokenId);
        }
    }

    public void ForgetAuthorization(string authorizationId) => entries.RemoveWhere(e => e.AuthorizationId == authorizationId);

    public void ForgetSubject(string subject) => entries.RemoveWhere(e => e.Subject == subject);

    public void Clear() => entries.Clear();

    private sealed record Entry(bool Valid, string? AuthorizationId, string? Subject);
}

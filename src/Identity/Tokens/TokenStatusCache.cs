using System.Collections.Concurrent;
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
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>True or false when known, null when the store must be asked.</summary>
    public bool? IsValid(string tokenId) =>
        entries.TryGetValue(tokenId, out var entry) && entry.Until > time.GetUtcNow() ? entry.Valid : null;

    public void Set(string tokenId, bool valid, string? authorizationId, string? subject)
    {
        if (entries.Count >= options.Value.TokenStatusCacheSize)
        {
            // Past the bound: drop what expired, and start over if that was not enough.
            var now = time.GetUtcNow();
            foreach (var (key, old) in entries.Where(e => e.Value.Until <= now))
            {
                entries.TryRemove(KeyValuePair.Create(key, old));
            }

            if (entries.Count >= options.Value.TokenStatusCacheSize)
            {
                entries.Clear();
            }
        }

        entries[tokenId] = new Entry(valid, authorizationId, subject, time.GetUtcNow() + options.Value.TokenStatusCacheDuration);
    }

    public void Forget(string? tokenId)
    {
        if (tokenId is not null)
        {
            entries.TryRemove(tokenId, out _);
        }
    }

    public void ForgetAuthorization(string authorizationId) => ForgetWhere(e => e.AuthorizationId == authorizationId);

    public void ForgetSubject(string subject) => ForgetWhere(e => e.Subject == subject);

    public void Clear() => entries.Clear();

    private void ForgetWhere(Func<Entry, bool> predicate)
    {
        foreach (var (key, entry) in entries.Where(e => predicate(e.Value)))
        {
            entries.TryRemove(KeyValuePair.Create(key, entry));
        }
    }

    private sealed record Entry(bool Valid, string? AuthorizationId, string? Subject, DateTimeOffset Until);
}

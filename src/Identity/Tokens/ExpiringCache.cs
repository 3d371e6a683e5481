using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Platform.Identity.Tokens;

/// <summary>
/// Values by an ordinal string key, each known until its own time, and at most
/// <paramref name="size"/> of them: past the bound, the expired entries go, and all of them when
/// that is not enough.
/// </summary>
internal sealed class ExpiringCache<TValue>(Func<int> size, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (TValue Value, DateTimeOffset Until)> entries = new(StringComparer.Ordinal);

    public bool TryGet(string key, [MaybeNullWhen(false)] out TValue value) => TryGet(key.AsSpan(), out _, out value);

    /// <summary>As above, by the key's characters, giving the key as stored: no string is made for a key already known.</summary>
    public bool TryGet(ReadOnlySpan<char> key, [MaybeNullWhen(false)] out string storedKey, [MaybeNullWhen(false)] out TValue value)
    {
        if (entries.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out storedKey, out var entry) && entry.Until > time.GetUtcNow())
        {
            value = entry.Value;
            return true;
        }

        storedKey = null;
        value = default;
        return false;
    }

    public void Set(string key, TValue value, DateTimeOffset until)
    {
        if (entries.Count >= size())
        {
            var now = time.GetUtcNow();
            foreach (var old in entries.Where(e => e.Value.Until <= now))
            {
                entries.TryRemove(old);
            }

            if (entries.Count >= size())
            {
                entries.Clear();
            }
        }

        entries[key] = (value, until);
    }

    public void Remove(string key) => entries.TryRemove(key, out _);

    public void RemoveWhere(Func<TValue, bool> predicate)
    {
        foreach (var entry in entries.Where(e => predicate(e.Value.Value)))
        {
            entries.TryRemove(entry);
        }
    }

    public void Clear() => entries.Clear();
}

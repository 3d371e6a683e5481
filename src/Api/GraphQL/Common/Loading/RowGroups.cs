using System.Collections;
using System.Runtime.InteropServices;

namespace Platform.Api.GraphQL.Common.Loading;

/// <summary>
/// Rows grouped by key as <see cref="Enumerable.ToLookup{TSource, TKey}(IEnumerable{TSource}, Func{TSource, TKey})"/>
/// groups them, in the same order, each group one array of its exact size: <c>ToLookup</c> grows
/// each group's array as it goes and makes an object per group, which <see cref="GroupLoader{TKey, TValue}"/>
/// then copied for each key. A group is handed out as it is and is never written to afterwards.
/// </summary>
internal sealed class RowGroups<TKey, TValue>(Dictionary<TKey, TValue[]> groups) : ILookup<TKey, TValue>
    where TKey : notnull
{
    public int Count => groups.Count;

    /// <summary>The group's array, or an empty one for a key with no rows.</summary>
    public IEnumerable<TValue> this[TKey key] => groups.TryGetValue(key, out var group) ? group : [];

    public bool Contains(TKey key) => groups.ContainsKey(key);

    public IEnumerator<IGrouping<TKey, TValue>> GetEnumerator() =>
        groups.Select(g => (IGrouping<TKey, TValue>)new Group(g.Key, g.Value)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Group(TKey key, TValue[] values) : IGrouping<TKey, TValue>
    {
        public TKey Key => key;

        public IEnumerator<TValue> GetEnumerator() => ((IEnumerable<TValue>)values).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => values.GetEnumerator();
    }
}

/// <summary>Makes <see cref="RowGroups{TKey, TValue}"/>.</summary>
internal static class RowGroups
{
    public static ILookup<TKey, TRow> ToGroups<TRow, TKey>(this IReadOnlyList<TRow> rows, Func<TRow, TKey> keyOf)
        where TKey : notnull =>
        rows.ToGroups(keyOf, static row => row);

    public static ILookup<TKey, TValue> ToGroups<TRow, TKey, TValue>(this IReadOnlyList<TRow> rows, Func<TRow, TKey> keyOf, Func<TRow, TValue> valueOf)
        where TKey : notnull =>
        new RowGroups<TKey, TValue>(ByKey(rows, keyOf, valueOf, reversed: false));

    /// <summary>
    /// Each key's values in one array of its exact size, in the rows' order or, when
    /// <paramref name="reversed"/>, the other way round (rows read newest first, pages oldest first).
    /// </summary>
    public static Dictionary<TKey, TValue[]> ByKey<TRow, TKey, TValue>(IReadOnlyList<TRow> rows, Func<TRow, TKey> keyOf, Func<TRow, TValue> valueOf, bool reversed)
        where TKey : notnull
    {
        var counts = new Dictionary<TKey, int>();
        foreach (var row in rows)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(counts, keyOf(row), out _)++;
        }

        var groups = new Dictionary<TKey, TValue[]>(counts.Count);
        foreach (var (key, count) in counts)
        {
            groups.Add(key, new TValue[count]);
        }

        // The counts become each group's next free place: from its start, or from its end when reversed.
        if (!reversed)
        {
            foreach (var key in groups.Keys)
            {
                counts[key] = 0;
            }
        }

        foreach (var row in rows)
        {
            var key = keyOf(row);
            ref var next = ref CollectionsMarshal.GetValueRefOrNullRef(counts, key);
            groups[key][reversed ? --next : next++] = valueOf(row);
        }

        return groups;
    }
}

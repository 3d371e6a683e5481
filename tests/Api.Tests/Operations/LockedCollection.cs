using System.Collections;

namespace Platform.Api.Tests.Operations;

/// <summary>A collection that exporters on several threads can add to while a test reads it.</summary>
public sealed class LockedCollection<T> : ICollection<T>
{
    private readonly List<T> items = [];

    public int Count { get { lock (items) { return items.Count; } } }

    public bool IsReadOnly => false;

    public void Add(T item) { lock (items) { items.Add(item); } }

    public void Clear() { lock (items) { items.Clear(); } }

    public bool Contains(T item) { lock (items) { return items.Contains(item); } }

    public void CopyTo(T[] array, int arrayIndex) { lock (items) { items.CopyTo(array, arrayIndex); } }

    public bool Remove(T item) { lock (items) { return items.Remove(item); } }

    /// <summary>Enumerates a copy taken under the lock.</summary>
    public IEnumerator<T> GetEnumerator() { lock (items) { return items.ToList().GetEnumerator(); } }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

using System.Collections.Concurrent;

namespace Platform.Api.Tests.Support;

/// <summary>Records every batch a test loader fetched, so tests can count round trips.</summary>
public sealed class FetchLog
{
    private readonly ConcurrentQueue<IReadOnlyList<int>> _batches = new();

    public IReadOnlyList<IReadOnlyList<int>> Batches => [.. _batches];

    public void Record(IReadOnlyList<int> keys) => _batches.Enqueue([.. keys]);
}

using Platform.Bench.Load;
using Platform.Bench.Requests;
using Platform.Bench.Servers;

namespace Platform.Bench.Measurements;

/// <summary>One timed load on one server, with the server's own CPU time and allocations over it.</summary>
internal sealed record Burst(string Server, LoadResult Load, double CpuMsPerRequest, double BytesPerRequest)
{
    public static async Task<Burst> RunAsync(
        ServerPair pair, ServerProcess server, BenchRequest request, int concurrency, TimeSpan duration, bool withoutTenantFilter = false)
    {
        var probe = pair.ProbeOf(server);
        var cpu = server.CpuTime;
        var allocated = await probe.AllocatedBytesAsync();
        var load = await LoadDriver.RunAsync(pair.Http, () => request.ToMessage(server.Address, withoutTenantFilter), concurrency, duration);
        var cpuMs = (server.CpuTime - cpu).TotalMilliseconds;
        var bytes = await probe.AllocatedBytesAsync() - allocated;
        if (load.Errors > 0 || server.HasExited)
        {
            throw new BenchFailure($"{server.Name}: {load.Errors} failed requests of {load.Requests} ({request.Name}).{Environment.NewLine}{server.Output}");
        }

        return new Burst(server.Name, load, cpuMs / Math.Max(1, load.Requests), bytes / (double)Math.Max(1, load.Requests));
    }

    /// <summary>Runs <paramref name="a"/> and <paramref name="b"/> in turn, A B A B …, so that a drift of the machine's speed touches both.</summary>
    public static async Task<(List<Burst> A, List<Burst> B)> InterleavedAsync(Func<Task<Burst>> a, Func<Task<Burst>> b, int rounds)
    {
        var (resultsA, resultsB) = (new List<Burst>(), new List<Burst>());
        for (var i = 0; i < rounds; i++)
        {
            resultsA.Add(await a());
            resultsB.Add(await b());
        }

        return (resultsA, resultsB);
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
            : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>The median of the pairwise ratios A/B of a measure.</summary>
    public static double MedianRatio(List<Burst> a, List<Burst> b, Func<Burst, double> measure) =>
        Median(a.Zip(b, (x, y) => measure(x) / measure(y)));
}

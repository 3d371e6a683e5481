using System.Diagnostics;
using System.Net;

namespace Platform.Bench.Load;

/// <summary>
/// A closed-loop load over loopback: <c>concurrency</c> workers, each sending the next request as
/// soon as it has read the previous answer, for a fixed time. Every answer is read to its end; a
/// status other than 200 counts as an error. Latencies are kept per request.
/// </summary>
internal static class LoadDriver
{
    public static HttpClient Client() => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = 1024,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        AutomaticDecompression = DecompressionMethods.None,
        UseProxy = false,
    })
    {
        Timeout = TimeSpan.FromMinutes(10),
    };

    public static async Task<LoadResult> RunAsync(HttpClient http, Func<HttpRequestMessage> request, int concurrency, TimeSpan duration)
    {
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<long>(1024);
            var errors = 0;
            var buffer = new byte[64 * 1024];
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var sent = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request(), HttpCompletionOption.ResponseHeadersRead);
                await using (var body = await response.Content.ReadAsStreamAsync())
                {
                    while (await body.ReadAsync(buffer) > 0)
                    {
                    }
                }

                latencies.Add(Stopwatch.GetTimestamp() - sent);
                errors += response.StatusCode == HttpStatusCode.OK ? 0 : 1;
            }

            return (latencies, errors);
        })).ToList();

        var results = await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var all = results.SelectMany(r => r.latencies).Select(t => t * 1000.0 / Stopwatch.Frequency).Order().ToArray();
        return new LoadResult(all.Length, results.Sum(r => r.errors), elapsed, all);
    }
}

/// <summary>What one load run measured; latencies in milliseconds, sorted.</summary>
internal sealed record LoadResult(int Requests, int Errors, TimeSpan Elapsed, double[] LatenciesMs)
{
    public double Throughput => Requests / Elapsed.TotalSeconds;

    public double Percentile(double p) => LatenciesMs.Length == 0
        ? double.NaN
        : LatenciesMs[Math.Clamp((int)Math.Ceiling(p / 100 * LatenciesMs.Length) - 1, 0, LatenciesMs.Length - 1)];
}

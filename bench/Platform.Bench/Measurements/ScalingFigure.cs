using Platform.Bench.Report;
using Platform.Bench.Servers;
using static Platform.Bench.Report.ReportTable;

namespace Platform.Bench.Measurements;

/// <summary>
/// The committee page's p50 latency on the large database over the small one, for each server.
/// One request at a time goes to each of the four servers in turn, for the rounds' whole time, so
/// that a machine busy with other work slows all four alike. 楼浦村 holds the same cases at both
/// sizes, so only the tables around it differ.
/// </summary>
internal static class ScalingFigure
{
    public static async Task<Figure> MeasureAsync(ServerPair large, ServerPair small, string largeLabel, string smallLabel, BenchSettings settings, TextWriter log)
    {
        await AnswerCheck.SameAnswerAsync(small, small.Requests.Committee(), log);
        (ServerPair Pair, ServerProcess Server)[] targets = [(large, large.App), (small, small.App), (large, large.Baseline), (small, small.Baseline)];
        // The small database's servers were just started: they get the large ones' warm-up (the
        // JIT's tiering, connection pools), lest their first requests weigh in their p50.
        foreach (var (pair, server) in targets)
        {
            await Burst.RunAsync(pair, server, pair.Requests.Committee(), 8, settings.Warmup * 2);
            await Burst.RunAsync(pair, server, pair.Requests.Committee(), 1, settings.Warmup);
        }

        var latencies = targets.Select(_ => new List<double>()).ToArray();
        var until = DateTime.UtcNow + settings.Burst * settings.Rounds;
        while (DateTime.UtcNow < until || latencies[0].Count < 3)
        {
            for (var i = 0; i < targets.Length; i++)
            {
                var (pair, server) = targets[i];
                var (ms, _) = await QueryFigures.TimeAsync(() => pair.AskAsync(server, pair.Requests.Committee()));
                latencies[i].Add(ms);
            }
        }

        var p50 = latencies.Select(Burst.Median).ToArray();
        log.WriteLine($"  committee page p50 over {latencies[0].Count} requests each: app {Ms(p50[0])} at {largeLabel}, {Ms(p50[1])} at {smallLabel}; " +
            $"baseline {Ms(p50[2])} and {Ms(p50[3])}");
        var app = p50[0] / p50[1];
        return new Figure(
            $"latency at {largeLabel} / at {smallLabel} cases",
            $"{Number(app)} ({Ms(p50[0])} / {Ms(p50[1])})",
            $"{Number(p50[2] / p50[3])} ({Ms(p50[2])} / {Ms(p50[3])})",
            "keep ≤ 1.3",
            app <= 1.3);
    }
}

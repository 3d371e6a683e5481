using Platform.Bench.Report;
using static Platform.Bench.Report.ReportTable;

namespace Platform.Bench.Measurements;

/// <summary>
/// The committee page's p50 latency (one request at a time) on the large database over the small
/// one, for each server; the four runs take turns. 楼浦村 holds the same cases at both sizes, so
/// only the tables around it differ.
/// </summary>
internal static class ScalingFigure
{
    public static async Task<Figure> MeasureAsync(ServerPair large, ServerPair small, string largeLabel, string smallLabel, BenchSettings settings, TextWriter log)
    {
        await AnswerCheck.SameAnswerAsync(small, small.Requests.Committee(), log);
        foreach (var pair in new[] { large, small })
        {
            await Burst.RunAsync(pair, pair.App, pair.Requests.Committee(), 1, settings.Warmup);
            await Burst.RunAsync(pair, pair.Baseline, pair.Requests.Committee(), 1, settings.Warmup);
        }

        var ratios = (App: new List<double>(), Baseline: new List<double>());
        for (var round = 0; round < settings.Rounds; round++)
        {
            var appLarge = await P50Async(large, large.App, settings);
            var appSmall = await P50Async(small, small.App, settings);
            var baselineLarge = await P50Async(large, large.Baseline, settings);
            var baselineSmall = await P50Async(small, small.Baseline, settings);
            ratios.App.Add(appLarge / appSmall);
            ratios.Baseline.Add(baselineLarge / baselineSmall);
            log.WriteLine($"  committee page p50: app {Ms(appLarge)} at {largeLabel}, {Ms(appSmall)} at {smallLabel}; baseline {Ms(baselineLarge)} and {Ms(baselineSmall)}");
        }

        var app = Burst.Median(ratios.App);
        return new Figure(
            $"latency at {largeLabel} / at {smallLabel} cases",
            Number(app),
            Number(Burst.Median(ratios.Baseline)),
            "keep ≤ 1.3",
            app <= 1.3);
    }

    private static async Task<double> P50Async(ServerPair pair, Servers.ServerProcess server, BenchSettings settings) =>
        (await Burst.RunAsync(pair, server, pair.Requests.Committee(), 1, settings.Burst)).Load.Percentile(50);
}

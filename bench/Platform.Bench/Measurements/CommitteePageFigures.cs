using Platform.Bench.Report;
using static Platform.Bench.Report.ReportTable;

namespace Platform.Bench.Measurements;

/// <summary>
/// The committee queue page under load, app and baseline in turn at each concurrency: throughput
/// ratio, server CPU per request and bytes allocated per request; and, in the baseline, the same
/// page with and without the tenant predicate.
/// </summary>
internal static class CommitteePageFigures
{
    public static async Task<IReadOnlyList<Figure>> MeasureAsync(ServerPair pair, BenchSettings settings, TextWriter log)
    {
        var request = pair.Requests.Committee();
        await Burst.RunAsync(pair, pair.App, request, 8, settings.Warmup);
        await Burst.RunAsync(pair, pair.Baseline, request, 8, settings.Warmup);

        var levels = new List<(int C, List<Burst> App, List<Burst> Baseline)>();
        foreach (var c in settings.Concurrency)
        {
            var (app, baseline) = await Burst.InterleavedAsync(
                () => Burst.RunAsync(pair, pair.App, request, c, settings.Burst),
                () => Burst.RunAsync(pair, pair.Baseline, request, c, settings.Burst),
                settings.Rounds);
            levels.Add((c, app, baseline));
            log.WriteLine($"  c={c}: app {Median(app, b => b.Load.Throughput):F0} req/s, {Ms(Median(app, b => b.CpuMsPerRequest))} CPU; " +
                $"baseline {Median(baseline, b => b.Load.Throughput):F0} req/s, {Ms(Median(baseline, b => b.CpuMsPerRequest))} CPU");
        }

        var ratios = levels.Select(l => Burst.MedianRatio(l.App, l.Baseline, b => b.Load.Throughput)).ToList();
        var appCpu = levels.Select(l => Median(l.App, b => b.CpuMsPerRequest)).ToList();
        var baselineCpu = levels.Select(l => Median(l.Baseline, b => b.CpuMsPerRequest)).ToList();
        var cpuRatio = Burst.Median(levels.Select(l => Burst.MedianRatio(l.App, l.Baseline, b => b.CpuMsPerRequest)));
        var appBytes = Burst.Median(levels.SelectMany(l => l.App).Select(b => b.BytesPerRequest));
        var baselineBytes = Burst.Median(levels.SelectMany(l => l.Baseline).Select(b => b.BytesPerRequest));
        var cs = string.Join(" / ", levels.Select(l => l.C));

        return
        [
            new Figure(
                $"committee queue page (first: 20, units, petitioners, 3 latest events), throughput c={cs}",
                $"{string.Join(" / ", ratios.Select(r => Number(r)))} of hand-written ({Rates(levels.Select(l => l.App))} req/s)",
                $"1.0 ({Rates(levels.Select(l => l.Baseline))} req/s)",
                "≥ 0.80",
                ratios.All(r => r >= 0.80)),
            new Figure("CPU per request, same page", Range(appCpu), Range(baselineCpu), $"≤ 1.25× (now {Number(cpuRatio)}×)", cpuRatio <= 1.25),
            new Figure("memory allocated per request", Mb(appBytes), Mb(baselineBytes), $"≤ 2× (now {Number(appBytes / baselineBytes, 1)}×)", appBytes <= 2 * baselineBytes),
        ];
    }

    /// <summary>The baseline's page with the app's SQL against the same SQL without the tenant predicate, CPU per request at c = 8.</summary>
    public static async Task<Figure> TenantFilterCostAsync(ServerPair pair, BenchSettings settings, TextWriter log)
    {
        var request = pair.Requests.Committee();
        await AnswerCheck.SameAnswerAsync(pair, request, log, baselineWithoutTenantFilter: true);
        await Burst.RunAsync(pair, pair.Baseline, request, 8, settings.Warmup, withoutTenantFilter: true);
        var (with, without) = await Burst.InterleavedAsync(
            () => Burst.RunAsync(pair, pair.Baseline, request, 8, settings.Burst),
            () => Burst.RunAsync(pair, pair.Baseline, request, 8, settings.Burst, withoutTenantFilter: true),
            settings.Rounds);
        var cost = Burst.MedianRatio(with, without, b => b.CpuMsPerRequest) - 1;
        log.WriteLine($"  baseline with the tenant predicate {Ms(Median(with, b => b.CpuMsPerRequest))}, without {Ms(Median(without, b => b.CpuMsPerRequest))} CPU per request");

        // The same statements alone, without HTTP, JSON and the load driver around them.
        var statements = StatementCost.Measure(
            pair.Database,
            await AnswerCheck.CaptureAsync(pair, pair.Baseline, request),
            await AnswerCheck.CaptureAsync(pair, pair.Baseline, request, withoutTenantFilter: true));
        log.WriteLine($"  the page's statements alone: {Percent(statements.Kept)} kept prepared, {Percent(statements.Prepared)} prepared each time");
        return new Figure(
            "tenant filter cost on the committee page",
            $"{Percent(cost)} over the same SQL without it (baseline CPU per request: {Ms(Median(with, b => b.CpuMsPerRequest))} vs {Ms(Median(without, b => b.CpuMsPerRequest))}); " +
                $"the statements alone {Percent(statements.Kept)} kept prepared as the app runs them, {Percent(statements.Prepared)} prepared each time",
            "—",
            "≤ 10%",
            cost <= 0.10);
    }

    private static string Percent(double ratio) => $"{ratio * 100:+0;-0}%";

    private static double Median(IEnumerable<Burst> bursts, Func<Burst, double> measure) => Burst.Median(bursts.Select(measure));

    private static string Rates(IEnumerable<List<Burst>> levels) => string.Join(" / ", levels.Select(l => Number(Median(l, b => b.Load.Throughput), 0)));

    private static string Range(IReadOnlyList<double> values) =>
        values.Min() is var min && values.Max() is var max && max / min < 1.05 ? Ms(Burst.Median(values)) : $"{Ms(min)}–{Ms(max)}";
}

using System.Diagnostics;
using Platform.Bench.Report;
using static Platform.Bench.Report.ReportTable;

namespace Platform.Bench.Measurements;

/// <summary>The wide scopes (the city-wide query, the township page) and the number of SQL commands per request.</summary>
internal static class QueryFigures
{
    /// <summary>p50 of single requests, app, baseline and baseline without the tenant predicate in turn; the first answers are compared.</summary>
    public static async Task<Figure> CityWideAsync(ServerPair pair, BenchSettings settings, TextWriter log)
    {
        var request = pair.Requests.CityWide();
        var app = new List<double>();
        var baseline = new List<double>();
        var untenanted = new List<double>();
        var budget = Stopwatch.StartNew();
        while (app.Count < settings.SlowSamples && (app.Count == 0 || budget.Elapsed < settings.SlowBudget))
        {
            var (appMs, appAnswer) = await TimeAsync(() => pair.AskAsync(pair.App, request));
            var (baselineMs, baselineAnswer) = await TimeAsync(() => pair.AskAsync(pair.Baseline, request));
            var (untenantedMs, untenantedAnswer) = await TimeAsync(() => pair.AskAsync(pair.Baseline, request, withoutTenantFilter: true));
            if (app.Count == 0 && TimedOut(appAnswer))
            {
                // The app gave up at its execution timeout (TIMEOUT): the figure says so, and the
                // rest of the table is still measured.
                log.WriteLine($"  city-wide: the app answered TIMEOUT after {Ms(appMs)}; baseline {Ms(baselineMs)}, without the tenant predicate {Ms(untenantedMs)}");
                return CityWide($"TIMEOUT after {Ms(appMs)}", baselineMs, untenantedMs, met: false);
            }

            if (app.Count == 0)
            {
                AnswerCheck.Require(request.Name, appAnswer, baselineAnswer);
                AnswerCheck.Require(request.Name + " (baseline without the tenant predicate)", appAnswer, untenantedAnswer);
                log.WriteLine($"  same answer from both servers: {request.Name}, {appAnswer.Length:N0} bytes");
            }

            app.Add(appMs);
            baseline.Add(baselineMs);
            untenanted.Add(untenantedMs);
            log.WriteLine($"  city-wide: app {Ms(appMs)}, baseline {Ms(baselineMs)}, baseline without the tenant predicate {Ms(untenantedMs)}");
        }

        var p50 = Burst.Median(app);
        return CityWide(Ms(p50), Burst.Median(baseline), Burst.Median(untenanted), p50 < 100);
    }

    private static Figure CityWide(string app, double baselineMs, double untenantedMs, bool met) => new(
        "city-wide `cases(first: 20, where: {status: {in: [ACCEPTED, IN_PROGRESS]}}, order: [{registeredAt: DESC}]) { totalCount nodes { id } }` as `sh.admin`, p50",
        app,
        $"{Ms(baselineMs)} (same SQL); {Ms(untenantedMs)} without the tenant filter",
        "< 100 ms",
        met);

    private static bool TimedOut(byte[] answer) =>
        System.Text.Encoding.UTF8.GetString(answer).Contains("\"code\":\"TIMEOUT\"", StringComparison.Ordinal);

    /// <summary>Server CPU per township page, one request at a time, app and baseline in turn.</summary>
    public static async Task<Figure> TownshipAsync(ServerPair pair, BenchSettings settings, TextWriter log, long casesInScope)
    {
        var request = pair.Requests.Township();
        await AnswerCheck.SameAnswerAsync(pair, request, log);
        await Burst.RunAsync(pair, pair.App, request, 1, settings.Warmup);
        await Burst.RunAsync(pair, pair.Baseline, request, 1, settings.Warmup);
        var (app, baseline) = await Burst.InterleavedAsync(
            () => Burst.RunAsync(pair, pair.App, request, 1, settings.Burst),
            () => Burst.RunAsync(pair, pair.Baseline, request, 1, settings.Burst),
            settings.Rounds);
        var appCpu = Burst.Median(app.Select(b => b.CpuMsPerRequest));
        log.WriteLine($"  township page: app {Ms(appCpu)}, baseline {Ms(Burst.Median(baseline.Select(b => b.CpuMsPerRequest)))} CPU per request");
        return new Figure(
            $"township `cases` page ({casesInScope:N0} cases in scope), CPU",
            Ms(appCpu),
            Ms(Burst.Median(baseline.Select(b => b.CpuMsPerRequest))),
            "< 15 ms",
            appCpu < 15);
    }

    /// <summary>The app's commands for a page of 10 and of 50, on the committee queue and the township page.</summary>
    public static async Task<Figure> CommandCountAsync(ServerPair pair, TextWriter log)
    {
        var counts = new List<(string Page, int Ten, int Fifty)>();
        foreach (var (page, make) in new (string, Func<int, Requests.BenchRequest>)[]
        {
            ("committee queue", pair.Requests.Committee),
            ("township page", pair.Requests.Township),
        })
        {
            var ten = (await AnswerCheck.CaptureAsync(pair, pair.App, make(10))).Count;
            var fifty = (await AnswerCheck.CaptureAsync(pair, pair.App, make(50))).Count;
            counts.Add((page, ten, fifty));
            log.WriteLine($"  {page}: first: 10 → {ten} SQL commands, first: 50 → {fifty}");
        }

        // The last command (the actors' units not read yet) is skipped when there are none, so a
        // larger page may send one command fewer; what must not happen is one more.
        return new Figure(
            "SQL commands per request, first: 10 → 50",
            string.Join("; ", counts.Select(c => $"{c.Ten} → {c.Fifty} ({c.Page})")),
            "—",
            "keep constant (no more for the larger page)",
            counts.All(c => c.Fifty <= c.Ten));
    }

    public static async Task<(double Ms, T Value)> TimeAsync<T>(Func<Task<T>> action)
    {
        var started = Stopwatch.GetTimestamp();
        var value = await action();
        return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, value);
    }
}

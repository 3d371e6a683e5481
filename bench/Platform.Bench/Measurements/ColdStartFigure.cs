using System.Diagnostics;
using System.Text;
using Platform.Bench.Load;
using Platform.Bench.Report;
using Platform.Bench.Requests;
using Platform.Bench.Servers;
using static Platform.Bench.Report.ReportTable;

namespace Platform.Bench.Measurements;

/// <summary>
/// From starting the built app on an existing database (no probe loaded) to the first answered
/// committee page, polling every 20 ms once the app has logged its address; median of the starts.
/// </summary>
internal static class ColdStartFigure
{
    public static async Task<Figure> MeasureAsync(string database, BenchSettings settings, TextWriter log)
    {
        var request = RequestSet.For(database).Committee();
        var times = new List<double>();
        using var http = LoadDriver.Client();
        for (var i = 0; i < settings.ColdStarts; i++)
        {
            await using var app = await ServerProcess.StartAsync("app", BenchPaths.AppDll, BenchServers.AppEnvironment(database), BenchServers.StartTimeout, probe: false);
            while (true)
            {
                using var response = await http.SendAsync(request.ToMessage(app.Address));
                var body = await response.Content.ReadAsStringAsync();
                if (response.IsSuccessStatusCode && body.StartsWith("{\"data\"", StringComparison.Ordinal) && !body.Contains("\"errors\"", StringComparison.Ordinal))
                {
                    times.Add(Stopwatch.GetElapsedTime(app.StartedAt).TotalMilliseconds);
                    break;
                }

                if (app.HasExited)
                {
                    throw new BenchFailure($"The app exited during start:{Environment.NewLine}{app.Output}");
                }

                await Task.Delay(20);
            }

            log.WriteLine($"  cold start {i + 1}: first page answered after {Ms(times[^1])}");
        }

        var median = Burst.Median(times);
        return new Figure(
            "cold start on an existing database, to the first answered page",
            times.Count > 1 ? $"{Ms(median)} (median of {times.Count}, {Ms(times.Min())}–{Ms(times.Max())})" : Ms(median),
            "—",
            "< 2 s",
            median < 2000);
    }
}

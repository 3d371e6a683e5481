using System.Text.Json;
using Microsoft.Data.Sqlite;
using Platform.Bench.Report;

namespace Platform.Bench.Measurements;

/// <summary>
/// One run of the whole table: both servers on the database, the answer and SQL checks, every
/// figure with app and baseline measured in turn, then the cold starts once the servers are gone.
/// </summary>
internal static class BenchRun
{
    public static async Task<(IReadOnlyList<Figure> Figures, IReadOnlyList<string> Notes)> ExecuteAsync(
        string database, string? smallDatabase, BenchSettings settings, TextWriter log)
    {
        var notes = new List<string>();
        var figures = new List<Figure>();
        var label = SizeLabel(database);
        log.WriteLine($"Starting the app ({BenchPaths.AppDll}) and the baseline on {database} ({label} cases)");
        await using (var pair = await ServerPair.StartAsync(database))
        {
            log.WriteLine($"  app pid {pair.App.Pid} at {pair.App.Address}, baseline pid {pair.Baseline.Pid} at {pair.Baseline.Address}");
            log.WriteLine("Checking that both servers answer alike");
            await AnswerCheck.SameAnswerAsync(pair, pair.Requests.Committee(), log);
            var township = await AnswerCheck.SameAnswerAsync(pair, pair.Requests.Township(), log);
            // The city-wide request takes seconds at 1M; its SQL is compared only when it is measured.
            foreach (var request in pair.Requests.All.Where(r => settings.Includes("city") || r.Name != pair.Requests.CityWide().Name))
            {
                var sql = await AnswerCheck.SameSqlAsync(pair, request);
                var verdict = sql.Same
                    ? $"the baseline sends the app's {sql.AppCommands.Count} SQL commands for the {sql.Request}"
                    : $"SQL DIFFERS for the {sql.Request}: {sql.NotInBaseline.Count} of the app's {sql.AppCommands.Count} commands are not in Sql/commands.sql " +
                      "(print them with the capture command and update the file)";
                log.WriteLine($"  {verdict}");
                foreach (var (side, texts) in new[] { ("app only", sql.NotInBaseline), ("baseline only", sql.NotInApp) })
                {
                    foreach (var text in texts)
                    {
                        log.WriteLine($"  -- {side}:{Environment.NewLine}{text}");
                    }
                }

                notes.Add(verdict);
            }

            // Tiered compilation keeps the app's JIT busy for about its first 25 s under load (9–14%
            // of its CPU, under 1% after, by perf), the baseline's for less: every figure below
            // measures servers that have settled. Figures without load (commands, cold) need none.
            if (new[] { "committee", "city", "township", "tenant", "latency" }.Any(settings.Includes))
            {
                log.WriteLine($"Settling both servers: the committee page at c=8 for {settings.Settle.TotalSeconds:F0} s each");
                await Burst.RunAsync(pair, pair.App, pair.Requests.Committee(), 8, settings.Settle);
                await Burst.RunAsync(pair, pair.Baseline, pair.Requests.Committee(), 8, settings.Settle);
            }

            if (settings.Includes("committee"))
            {
                log.WriteLine("Committee queue page under load");
                figures.AddRange(await CommitteePageFigures.MeasureAsync(pair, settings, log));
            }

            if (settings.Includes("city"))
            {
                log.WriteLine("City-wide query");
                figures.Add(await QueryFigures.CityWideAsync(pair, settings, log));
            }

            if (settings.Includes("township"))
            {
                log.WriteLine("Township page");
                figures.Add(await QueryFigures.TownshipAsync(pair, settings, log, TotalCount(township, "cases")));
            }

            if (settings.Includes("tenant"))
            {
                log.WriteLine("Tenant filter");
                figures.Add(await CommitteePageFigures.TenantFilterCostAsync(pair, settings, log));
            }

            if (settings.Includes("latency"))
            {
                log.WriteLine("Latency against a small database");
                figures.Add(await ScaleAsync(pair, smallDatabase, label, settings, log));
            }

            if (settings.Includes("commands"))
            {
                log.WriteLine("SQL commands per request");
                figures.Add(await QueryFigures.CommandCountAsync(pair, log));
            }
        }

        if (settings.Includes("cold"))
        {
            log.WriteLine("Cold start");
            figures.Add(await ColdStartFigure.MeasureAsync(database, settings, log));
        }

        return (Order(figures), notes);
    }

    private static async Task<Figure> ScaleAsync(ServerPair pair, string? smallDatabase, string label, BenchSettings settings, TextWriter log)
    {
        if (smallDatabase is null || Path.GetFullPath(smallDatabase) == Path.GetFullPath(pair.Database))
        {
            // Against itself the ratio says nothing; it is measured only to run the code.
            var itself = await ScalingFigure.MeasureAsync(pair, pair, label, label, settings, log);
            return itself with { Platform = $"n/a ({itself.Platform} against the same database)", HandWritten = "n/a", Met = null };
        }

        await using var small = await ServerPair.StartAsync(smallDatabase);
        return await ScalingFigure.MeasureAsync(pair, small, label, SizeLabel(smallDatabase), settings, log);
    }

    /// <summary>The figures in the order of the table.</summary>
    private static List<Figure> Order(List<Figure> figures)
    {
        string[] order = ["committee", "CPU", "memory", "city-wide", "township", "tenant", "latency", "SQL", "cold"];
        return [.. figures.OrderBy(f => Array.FindIndex(order, o => f.What.StartsWith(o, StringComparison.Ordinal)))];
    }

    private static long TotalCount(byte[] answer, string field)
    {
        using var json = JsonDocument.Parse(answer);
        return json.RootElement.GetProperty("data").GetProperty(field).GetProperty("totalCount").GetInt64();
    }

    /// <summary>The number of cases, rounded for a label: 1m, 100k, 10k.</summary>
    public static string SizeLabel(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT COUNT(*) FROM "Cases" """;
        var count = Convert.ToInt64(command.ExecuteScalar());
        var rounded = count >= 1000 ? (int)(Math.Round(count / 1000.0) * 1000) : (int)count;
        return BenchPaths.Label(rounded);
    }
}

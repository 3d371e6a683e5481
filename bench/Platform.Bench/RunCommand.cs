using Platform.Bench.Generation;
using Platform.Bench.Measurements;
using Platform.Bench.Report;

namespace Platform.Bench;

/// <summary>
/// <c>run</c>: the whole table on one database, against a small one (10k by default, generated
/// when missing) for the latency ratio. <c>smoke</c>: the same, briefly, on a fresh 10k database;
/// it fails only on a wrong answer or a crash, never on a figure.
/// </summary>
internal static class RunCommand
{
    public static async Task<int> RunAsync(BenchArguments arguments, bool smoke)
    {
        try
        {
            string database;
            string? small;
            if (smoke)
            {
                database = arguments.Text("db") ?? await GenerateAsync(Path.Combine(Path.GetTempPath(), $"platform-bench-smoke-{Environment.ProcessId}.db"), 10_000);
                small = null;
            }
            else
            {
                database = arguments.Text("db") ?? throw new ArgumentException("--db FILE is required (make one with: generate --cases 1m).");
                small = arguments.Text("small-db") ?? BenchPaths.DefaultDatabase(10_000);
                if (!File.Exists(small))
                {
                    await GenerateAsync(small, 10_000);
                }
            }

            var settings = smoke ? BenchSettings.Smoke : BenchSettings.From(arguments);
            var (figures, notes) = await BenchRun.ExecuteAsync(database, small, settings, Console.Out);
            ReportTable.Print(Console.Out, $"{(smoke ? "Smoke run" : "Benchmark")} on {BenchRun.SizeLabel(database)} cases ({Path.GetFileName(database)}), {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores", figures, notes);
            if (smoke)
            {
                Console.WriteLine();
                Console.WriteLine("smoke passed: both servers answered every request alike (the figures above are not checked)");
                if (arguments.Text("db") is null)
                {
                    DeleteDatabase(database);
                }
            }

            return 0;
        }
        catch (BenchFailure failure)
        {
            Console.Error.WriteLine();
            Console.Error.WriteLine($"bench failed: {failure.Message}");
            return 1;
        }
    }

    private static async Task<string> GenerateAsync(string file, int cases)
    {
        Console.WriteLine($"Generating {cases:N0} cases into {file}");
        (await DatabaseGenerator.GenerateAsync(file, cases, 20261201, Console.Out)).Print(Console.Out);
        return file;
    }

    private static void DeleteDatabase(string file)
    {
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }
    }
}

using Platform.Bench.Requests;
using Platform.Bench.Servers;

namespace Platform.Bench;

/// <summary>
/// <c>serve</c>: starts the app (and the baseline) on a database as <c>run</c> does and keeps them
/// up, with each benchmark request written to a folder as a body and a bearer token, so that an
/// outside load tool or profiler can be pointed at them. Ends after <c>--seconds</c> or on Ctrl-C.
/// </summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var database = arguments.Text("db") ?? throw new ArgumentException("--db FILE is required.");
        var folder = arguments.Text("out", Path.Combine(Path.GetTempPath(), "platform-bench-serve"));
        Directory.CreateDirectory(folder);
        var requests = RequestSet.For(database);
        foreach (var name in new[] { "committee", "township", "city" })
        {
            var request = requests.ByName(name, arguments.Count("first", 20));
            await File.WriteAllBytesAsync(Path.Combine(folder, $"{name}.json"), request.Body);
            await File.WriteAllTextAsync(Path.Combine(folder, $"{name}.token"), request.Token);
        }

        await using var app = await BenchServers.StartAppAsync(database);
        await using var baseline = await BenchServers.StartBaselineAsync(database);
        Console.WriteLine($"app      {app.Address} (pid {app.Pid})");
        Console.WriteLine($"baseline {baseline.Address} (pid {baseline.Pid})");
        Console.WriteLine($"requests {folder}/<committee|township|city>.json with a bearer token in .token");

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(arguments.Count("seconds", 600)));
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
        }

        return 0;
    }
}

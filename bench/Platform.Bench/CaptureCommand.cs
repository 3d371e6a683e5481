using Platform.Bench.Requests;
using Platform.Bench.Servers;

namespace Platform.Bench;

/// <summary>
/// <c>capture</c>: starts the app on a database, sends one benchmark request and prints the SQL
/// commands the app sent for it, with their parameters — what Platform.Bench.Baseline's
/// Sql/commands.sql must hold when the app's SQL changes.
/// </summary>
internal static class CaptureCommand
{
    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var database = arguments.Text("db") ?? throw new ArgumentException("--db FILE is required.");
        var requests = RequestSet.For(database);
        var request = requests.ByName(arguments.Text("request", "committee"), arguments.Count("first", 20));
        await using var app = await BenchServers.StartAppAsync(database);
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        var probe = new ProbeClient(http, app.Address);

        // The first request also warms the app up; only the second one's commands are printed.
        await (await http.SendAsync(request.ToMessage(app.Address))).Content.ReadAsStringAsync();
        await probe.StartSqlCaptureAsync();
        using var response = await http.SendAsync(request.ToMessage(app.Address));
        var body = await response.Content.ReadAsStringAsync();
        var commands = await probe.StopSqlCaptureAsync();

        Console.WriteLine($"-- {request.Name} as {request.User}: {commands.Count} SQL commands");
        foreach (var command in commands)
        {
            Console.WriteLine($"-- parameters: {string.Join(", ", command.Parameters.Select(p => $"{p.Name}={p.Value}"))}");
            Console.WriteLine(command.Text);
            Console.WriteLine();
        }

        Console.WriteLine($"-- answer ({response.StatusCode}, {body.Length} characters):");
        Console.WriteLine(body.Length > 4000 ? body[..4000] + " …" : body);
        return 0;
    }
}

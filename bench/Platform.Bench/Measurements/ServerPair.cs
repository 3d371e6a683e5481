using Platform.Bench.Load;
using Platform.Bench.Requests;
using Platform.Bench.Servers;

namespace Platform.Bench.Measurements;

/// <summary>The app and the baseline over one database, both running, with the requests for it.</summary>
internal sealed class ServerPair : IAsyncDisposable
{
    private ServerPair(string database, ServerProcess app, ServerProcess baseline, RequestSet requests)
    {
        Database = database;
        App = app;
        Baseline = baseline;
        Requests = requests;
        AppProbe = new ProbeClient(Http, app.Address);
        BaselineProbe = new ProbeClient(Http, baseline.Address);
    }

    public string Database { get; }
    public ServerProcess App { get; }
    public ServerProcess Baseline { get; }
    public RequestSet Requests { get; }
    public HttpClient Http { get; } = LoadDriver.Client();
    public ProbeClient AppProbe { get; }
    public ProbeClient BaselineProbe { get; }

    public static async Task<ServerPair> StartAsync(string database)
    {
        var requests = RequestSet.For(database);
        var app = BenchServers.StartAppAsync(database);
        var baseline = BenchServers.StartBaselineAsync(database);
        try
        {
            return new ServerPair(database, await app, await baseline, requests);
        }
        catch
        {
            foreach (var started in new[] { app, baseline }.Where(t => t.IsCompletedSuccessfully))
            {
                await started.Result.DisposeAsync();
            }

            throw;
        }
    }

    public ProbeClient ProbeOf(ServerProcess server) => server == App ? AppProbe : BaselineProbe;

    /// <summary>One answer, read whole.</summary>
    public async Task<byte[]> AskAsync(ServerProcess server, BenchRequest request, bool withoutTenantFilter = false)
    {
        using var response = await Http.SendAsync(request.ToMessage(server.Address, withoutTenantFilter));
        var body = await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode
            ? body
            : throw new BenchFailure($"{server.Name} answered {request.Name} with {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.DisposeAsync();
        await Baseline.DisposeAsync();
    }
}

/// <summary>A wrong answer or a crash: the bench stops and exits non-zero (never for a slow figure).</summary>
internal sealed class BenchFailure(string message) : Exception(message);

using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Bench.Servers;

/// <summary>Talks to the probe endpoints the startup hook adds to a server (see Platform.Bench.Probe).</summary>
internal sealed class ProbeClient(HttpClient http, Uri address)
{
    /// <summary>Bytes the server process has allocated since it started.</summary>
    public async Task<long> AllocatedBytesAsync()
    {
        using var stats = await http.GetFromJsonAsync<JsonDocument>(new Uri(address, "/_bench/stats"));
        return stats!.RootElement.GetProperty("allocatedBytes").GetInt64();
    }

    /// <summary>
    /// Starts capturing, then waits out EF Core's logging cache (one second by default), within
    /// which a context may not yet ask whether anyone listens for its commands.
    /// </summary>
    public async Task StartSqlCaptureAsync()
    {
        (await http.PostAsync(new Uri(address, "/_bench/sql/start"), null)).EnsureSuccessStatusCode();
        await Task.Delay(TimeSpan.FromSeconds(1.5));
    }

    /// <summary>The SQL commands the server sent since <see cref="StartSqlCaptureAsync"/>.</summary>
    public async Task<IReadOnlyList<CapturedSql>> StopSqlCaptureAsync()
    {
        var response = await http.PostAsync(new Uri(address, "/_bench/sql/stop"), null);
        response.EnsureSuccessStatusCode();
        using var commands = await response.Content.ReadFromJsonAsync<JsonDocument>();
        return [.. commands!.RootElement.EnumerateArray().Select(c => new CapturedSql(
            c.GetProperty("text").GetString()!,
            c.GetProperty("parameters").EnumerateObject().Select(p => (p.Name, p.Value.GetString())).ToList()))];
    }
}

/// <summary>One SQL command as a server sent it.</summary>
internal sealed record CapturedSql(string Text, IReadOnlyList<(string Name, string? Value)> Parameters);

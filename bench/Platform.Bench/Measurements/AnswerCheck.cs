using System.Text;
using Platform.Bench.Requests;
using Platform.Bench.Servers;

namespace Platform.Bench.Measurements;

/// <summary>
/// The checks before any figure: both servers give the same bytes for the same request, and the
/// baseline sends the app's SQL. A different answer stops the bench; different SQL is reported
/// (the app's SQL changes with its optimisations; then Sql/commands.sql is to be updated).
/// </summary>
internal static class AnswerCheck
{
    public static async Task<byte[]> SameAnswerAsync(ServerPair pair, BenchRequest request, TextWriter log, bool baselineWithoutTenantFilter = false)
    {
        var app = await pair.AskAsync(pair.App, request);
        var baseline = await pair.AskAsync(pair.Baseline, request, baselineWithoutTenantFilter);
        Require(request.Name + (baselineWithoutTenantFilter ? " (baseline without the tenant predicate)" : ""), app, baseline);
        if (Encoding.UTF8.GetString(app).Contains("\"errors\"", StringComparison.Ordinal))
        {
            throw new BenchFailure($"{request.Name}: the app answered with errors: {Encoding.UTF8.GetString(app)}");
        }

        log.WriteLine($"  same answer from both servers: {request.Name}, {app.Length:N0} bytes");
        return app;
    }

    public static void Require(string what, byte[] app, byte[] baseline)
    {
        if (app.AsSpan().SequenceEqual(baseline))
        {
            return;
        }

        var at = 0;
        while (at < Math.Min(app.Length, baseline.Length) && app[at] == baseline[at])
        {
            at++;
        }

        throw new BenchFailure($"""
            The answers differ for {what} at byte {at} (app {app.Length} bytes, baseline {baseline.Length} bytes):
              app:      …{Around(app, at)}…
              baseline: …{Around(baseline, at)}…
            """);
    }

    /// <summary>Compares the SQL commands (texts, in any order) that both servers send for <paramref name="request"/>.</summary>
    public static async Task<SqlComparison> SameSqlAsync(ServerPair pair, BenchRequest request)
    {
        // Both captures share one wait for EF Core's logging cache (see ProbeClient).
        await Task.WhenAll(pair.AppProbe.StartSqlCaptureAsync(), pair.BaselineProbe.StartSqlCaptureAsync());
        await pair.AskAsync(pair.App, request);
        await pair.AskAsync(pair.Baseline, request);
        // The app's token status read (once per token and cache period) is not part of the page:
        // the baseline checks the token's signature and claims without a database.
        var app = (await pair.AppProbe.StopSqlCaptureAsync())
            .Where(c => !c.Text.Contains("FROM \"OpenIddictTokens\"", StringComparison.Ordinal)).ToList();
        var baseline = await pair.BaselineProbe.StopSqlCaptureAsync();
        var appTexts = app.Select(c => c.Text).Order(StringComparer.Ordinal).ToList();
        var baselineTexts = baseline.Select(c => c.Text).Order(StringComparer.Ordinal).ToList();
        return new SqlComparison(request.Name, app, appTexts.SequenceEqual(baselineTexts),
            [.. appTexts.Where(t => !baselineTexts.Contains(t))], [.. baselineTexts.Where(t => !appTexts.Contains(t))]);
    }

    public static async Task<IReadOnlyList<CapturedSql>> CaptureAsync(ServerPair pair, ServerProcess server, BenchRequest request, bool withoutTenantFilter = false)
    {
        var probe = pair.ProbeOf(server);
        await probe.StartSqlCaptureAsync();
        await pair.AskAsync(server, request, withoutTenantFilter);
        return await probe.StopSqlCaptureAsync();
    }

    private static string Around(byte[] bytes, int at)
    {
        var start = Math.Max(0, at - 60);
        return Encoding.UTF8.GetString(bytes, start, Math.Min(bytes.Length, at + 60) - start);
    }
}

/// <summary>The SQL of one request on both servers: the app's commands, and whether the baseline sent exactly those.</summary>
internal sealed record SqlComparison(
    string Request, IReadOnlyList<CapturedSql> AppCommands, bool Same, IReadOnlyList<string> NotInBaseline, IReadOnlyList<string> NotInApp);

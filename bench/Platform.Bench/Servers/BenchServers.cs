using Platform.Bench.Tokens;

namespace Platform.Bench.Servers;

/// <summary>How the bench starts the two servers over a database.</summary>
internal static class BenchServers
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    /// <summary>
    /// The app as it runs in production: the Release build started with <c>dotnet</c>, environment
    /// Production (no demo seeding, no password grant), the issuer fixed so that minted tokens
    /// validate, migrations checked at start as by default.
    /// </summary>
    public static Task<ServerProcess> StartAppAsync(string database) =>
        ServerProcess.StartAsync("app", BenchPaths.AppDll, AppEnvironment(database), StartTimeout);

    public static IReadOnlyDictionary<string, string> AppEnvironment(string database) => new Dictionary<string, string>
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ConnectionStrings__Platform"] = $"Data Source={database}",
        ["Identity__Issuer"] = TokenMinter.Issuer,

        // Generated data only: the published development key stands in for a real one.
        ["Pii__Key"] = Platform.Data.Protection.PiiKeys.DevelopmentKey,

        // The load comes from a handful of principals on one address, far above any sane limit.
        ["RateLimits__Enabled"] = "false",
    };

    /// <summary>The hand-written baseline over the same file, with the same issuer and key.</summary>
    public static Task<ServerProcess> StartBaselineAsync(string database) =>
        ServerProcess.StartAsync("baseline", BenchPaths.BaselineDll, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Baseline__Database"] = database,
            ["Baseline__Issuer"] = TokenMinter.Issuer,
            ["Baseline__PiiKey"] = Platform.Data.Protection.PiiKeys.DevelopmentKey,
        }, StartTimeout);
}

namespace Platform.Bench;

internal static class Usage
{
    public const string Text = """
        Platform benchmark (issue 10). Build and run in Release:

          dotnet run -c Release --project bench/Platform.Bench -- <command> [options]

        generate --cases 1m [--out FILE] [--seed N]
            Builds a database from the app's migrations and demo seed plus a generated tree of
            ~5,000 units and N cases (10k, 100k, 1m ...). Default FILE: $PLATFORM_BENCH_DATA or
            /tmp/platform-bench, cases-<N>.db.
        """;
}

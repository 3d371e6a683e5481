namespace Platform.Bench;

internal static class Usage
{
    public const string Text = """
        Platform benchmark (issue 10). Build and run in Release:

          dotnet run -c Release --project bench/Platform.Bench -- <command> [options]

        generate --cases 1m [--out FILE] [--seed N]
            Builds a database from the app's migrations and demo seed plus a generated tree of
            ~5,000 units and N cases (10k, 100k, 1m ...). Default FILE: cases-<N>.db in
            $PLATFORM_BENCH_DATA, else /tmp/platform-bench.

        run --db FILE [--small-db FILE] [--duration 5] [--settle 30] [--warmup 3] [--rounds 3]
            [--slow-samples 3] [--slow-budget 120] [--cold-starts 5]
            [--only committee,city,township,tenant,latency,commands,cold]
            Starts the app and the hand-written baseline on FILE, checks that they answer alike,
            and prints issue 10's table, app and baseline measured in turn, after --settle seconds of
            load on each so that their JIT has settled. The latency ratio is
            taken against --small-db (default: the 10k database, generated when missing).

        smoke [--db FILE]
            The same, briefly, on a fresh 10k database: fails on a wrong answer or a crash only.

        search [--cases 100k] [--db FILE] [--rounds 20] [--reindex] [--analyze] [--sql]
            Issue 13: migrates FILE, indexes its cases for searchCases when not yet done (or with
            --reindex; generating FILE when missing) and times the search query, tenant filter
            included, for a few reader scopes; fails past 200 ms. --analyze runs ANALYZE on FILE
            first (use a copy), so that the planner has statistics. --sql prints the commands once.

        capture --db FILE [--request committee|township|city] [--first 20]
            Prints the SQL commands the app sends for one request, for Sql/commands.sql.

        serve --db FILE [--out FOLDER] [--seconds 600]
            Starts both servers on FILE and keeps them up, each request's body and token written to
            FOLDER (default: platform-bench-serve in the temp folder), for a load tool or profiler.
        """;
}

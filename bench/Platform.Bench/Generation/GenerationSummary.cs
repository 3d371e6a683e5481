using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Platform.Bench.Generation;

/// <summary>What a generated database holds, how long it took and how large it is.</summary>
internal sealed record GenerationSummary(string File, TimeSpan Elapsed, long RowsWritten, long Bytes, IReadOnlyList<(string What, long Count)> Counts)
{
    public static GenerationSummary Read(SqliteConnection connection, string file, TimeSpan elapsed, long rows)
    {
        var counts = new List<(string, long)>();
        foreach (var (what, sql) in new[]
        {
            ("units", """SELECT COUNT(*) FROM "Units" """),
            ("cases", """SELECT COUNT(*) FROM "Cases" """),
            ("events", """SELECT COUNT(*) FROM "CaseEvents" """),
            ("petitioners", """SELECT COUNT(*) FROM "Petitioners" """),
            ("shares", """SELECT COUNT(*) FROM "CaseShares" """),
            ($"cases owned under {BenchScenario.TownshipPath}", Owned(BenchScenario.TownshipPath)),
            ($"cases owned under {BenchScenario.CommitteePath}", Owned(BenchScenario.CommitteePath)),
            ($"ACCEPTED/IN_PROGRESS cases handled at {BenchScenario.CommitteePath}",
                $"""SELECT COUNT(*) FROM "Cases" WHERE "HandlingPath" = '{BenchScenario.CommitteePath}' AND "Status" IN ('Accepted', 'InProgress')"""),
        })
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            counts.Add((what, Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture)));
        }

        return new GenerationSummary(file, elapsed, rows, new FileInfo(file).Length, counts);
    }

    public void Print(TextWriter output)
    {
        output.WriteLine($"{File}: {Bytes / 1e6:N0} MB, {RowsWritten:N0} rows written in {Elapsed.TotalSeconds:F1} s");
        foreach (var (what, count) in Counts)
        {
            output.WriteLine($"  {count,12:N0}  {what}");
        }
    }

    private static string Owned(string path) =>
        $"""SELECT COUNT(*) FROM "Cases" WHERE "OwnerPath" >= '{path}' AND "OwnerPath" < '{path[..^1]}0'""";
}

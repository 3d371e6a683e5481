using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Platform.Bench.Servers;

namespace Platform.Bench.Measurements;

/// <summary>
/// A page's SQL statements alone, replayed in this process on one read-only connection to the
/// database as a server sent them, with and without the tenant predicate: the predicate's cost
/// with every statement kept prepared (as the app runs them) and prepared for each run (as the
/// baseline does). Each figure is the fastest of interleaved rounds of many runs, the measure the
/// load driver and the servers sharing the machine disturb least.
/// </summary>
internal static class StatementCost
{
    public static (double Kept, double Prepared) Measure(
        string database, IReadOnlyList<CapturedSql> with, IReadOnlyList<CapturedSql> without, int rounds = 15, int runs = 40)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = database,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();

        var keptWith = with.Select(c => Command(connection, c)).ToList();
        var keptWithout = without.Select(c => Command(connection, c)).ToList();
        try
        {
            var best = new[] { double.MaxValue, double.MaxValue, double.MaxValue, double.MaxValue };
            for (var round = 0; round < rounds; round++)
            {
                best[0] = Math.Min(best[0], Time(() => keptWith.ForEach(Drain), runs));
                best[1] = Math.Min(best[1], Time(() => keptWithout.ForEach(Drain), runs));
                best[2] = Math.Min(best[2], Time(() => Fresh(connection, with), runs));
                best[3] = Math.Min(best[3], Time(() => Fresh(connection, without), runs));
            }

            return (best[0] / best[1] - 1, best[2] / best[3] - 1);
        }
        finally
        {
            keptWith.Concat(keptWithout).ToList().ForEach(c => c.Dispose());
        }
    }

    // A command keeps its prepared statements while its text and connection stay the same.
    private static SqliteCommand Command(SqliteConnection connection, CapturedSql captured)
    {
        var command = connection.CreateCommand();
        command.CommandText = captured.Text;
        foreach (var (name, value) in captured.Parameters)
        {
            command.Parameters.AddWithValue(name, value is null ? DBNull.Value : long.TryParse(value, out var number) ? number : value);
        }

        return command;
    }

    private static void Fresh(SqliteConnection connection, IReadOnlyList<CapturedSql> commands)
    {
        foreach (var captured in commands)
        {
            using var command = Command(connection, captured);
            Drain(command);
        }
    }

    private static void Drain(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                _ = reader.GetValue(i);
            }
        }
    }

    private static double Time(Action action, int runs)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            action();
        }

        return watch.Elapsed.TotalMilliseconds / runs;
    }
}

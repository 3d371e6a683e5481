using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Platform.Bench.Generation;

/// <summary>
/// Builds a benchmark database: the app seeds it (migrations, demo data, accounts, keys), then the
/// generated tree and cases are written with prepared statements in one large transaction, with
/// the secondary indexes of the case tables dropped during the load and rebuilt from their own
/// definitions afterwards (one sort per index instead of millions of random inserts).
/// </summary>
internal static class DatabaseGenerator
{
    private const int BatchSize = 5_000;

    private static readonly string[] CaseTables = ["Cases", "CaseEvents", "Petitioners", "CaseShares", "CaseVerifications", "CaseSupervisions"];

    public static async Task<GenerationSummary> GenerateAsync(string file, int caseCount, int seed, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }

        await AppSeeding.SeedAsync(file);
        SqliteConnection.ClearAllPools();
        var seeded = clock.Elapsed;
        log.WriteLine($"  seeded by the app (migrations, demo data, accounts, keys) in {clock.Elapsed.TotalSeconds:F1} s");

        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;");

        var tree = UnitTree.Build(connection);
        var texts = TextPool.Read(connection);
        var counters = ReadCounters(connection);
        var ids = new IdCounters
        {
            Event = MaxId(connection, "CaseEvents"),
            Petitioner = MaxId(connection, "Petitioners"),
            Share = MaxId(connection, "CaseShares"),
            Verification = MaxId(connection, "CaseVerifications"),
            Supervision = MaxId(connection, "CaseSupervisions"),
        };
        var now = DateTime.UtcNow;
        var plans = CasePlanner.Plan(tree, caseCount, now, seed, MaxId(connection, "Cases") + 1, counters);

        var indexes = DropIndexes(connection);
        long rows;
        using (var transaction = connection.BeginTransaction())
        {
            tree.Insert(connection, transaction);
            using var writer = new BulkWriter(connection, transaction);
            var batches = Channel.CreateBounded<CaseBatch>(4);

            // Rows are made on one thread and written on this one: two cores, two stages.
            var producer = Task.Run(async () =>
            {
                var builder = new CaseBuilder(tree, texts, now, ids);
                foreach (var chunk in plans.Chunk(BatchSize))
                {
                    var batch = new CaseBatch();
                    foreach (var plan in chunk)
                    {
                        builder.Build(plan, batch);
                    }

                    await batches.Writer.WriteAsync(batch);
                }

                batches.Writer.Complete();
            });

            var written = 0;
            var writing = new Stopwatch();
            var step = Math.Max(caseCount / 10, BatchSize);
            await foreach (var batch in batches.Reader.ReadAllAsync())
            {
                writing.Start();
                writer.Write(batch);
                writing.Stop();
                written += batch.Cases.Count;
                if (written % step < BatchSize && written < caseCount)
                {
                    log.WriteLine($"  {written:N0} cases written ({clock.Elapsed.TotalSeconds:F0} s)");
                }
            }

            await producer;
            log.WriteLine($"  rows written in {writing.Elapsed.TotalSeconds:F1} s of {(clock.Elapsed - seeded).TotalSeconds:F1} s (the rest waiting for rows to be made)");
            WriteCounters(connection, transaction, counters);
            transaction.Commit();
            rows = writer.Rows + tree.Generated.Count();
        }

        var loaded = clock.Elapsed;
        foreach (var sql in indexes)
        {
            Execute(connection, sql);
        }

        log.WriteLine($"  {indexes.Count} indexes rebuilt in {(clock.Elapsed - loaded).TotalSeconds:F1} s");

        // The app's databases are in WAL mode (EF Core creates them so); leave this one as the app would find its own.
        Execute(connection, "PRAGMA journal_mode=WAL;");
        var summary = GenerationSummary.Read(connection, file, clock.Elapsed, rows);
        connection.Close();
        return summary;
    }

    /// <summary>Drops the secondary indexes of the case tables and returns their CREATE statements, as the migrations wrote them.</summary>
    private static List<string> DropIndexes(SqliteConnection connection)
    {
        var indexes = new List<(string Name, string Sql)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT "name", "sql" FROM "sqlite_master"
                WHERE "type" = 'index' AND "sql" IS NOT NULL AND "tbl_name" IN ({string.Join(", ", CaseTables.Select(t => $"'{t}'"))})
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            Execute(connection, $"DROP INDEX \"{name}\"");
        }

        return [.. indexes.Select(i => i.Sql)];
    }

    private static Dictionary<string, int> ReadCounters(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Key", "Last" FROM "CaseNumberCounters" """;
        using var reader = command.ExecuteReader();
        var counters = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.Read())
        {
            counters[reader.GetString(0)] = reader.GetInt32(1);
        }

        return counters;
    }

    /// <summary>The next number the app hands out continues after the generated ones.</summary>
    private static void WriteCounters(SqliteConnection connection, SqliteTransaction transaction, Dictionary<string, int> counters)
    {
        using var upsert = connection.CreateCommand();
        upsert.Transaction = transaction;
        upsert.CommandText = """
            INSERT INTO "CaseNumberCounters" ("Key", "Last") VALUES ($key, $last)
            ON CONFLICT ("Key") DO UPDATE SET "Last" = excluded."Last"
            """;
        var p = UnitTree.Parameters(upsert, "$key", "$last");
        foreach (var (key, last) in counters)
        {
            p[0].Value = key;
            p[1].Value = last;
            upsert.ExecuteNonQuery();
        }
    }

    private static int MaxId(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{table}\"";
        return Convert.ToInt32(command.ExecuteScalar());
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

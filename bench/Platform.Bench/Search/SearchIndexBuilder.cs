using Microsoft.Data.Sqlite;
using Platform.Data;

namespace Platform.Bench.Search;

/// <summary>
/// Fills the search index of a generated database, whose cases the generator writes past the app
/// (and so past the index the app keeps on every save): the same rows, one per case and word, cut
/// by the same <see cref="CaseTerms"/> from every case's title, description and timeline notes.
/// Runs no ANALYZE: the search command measures with and without statistics on request.
/// </summary>
internal static class SearchIndexBuilder
{
    public static int Build(string file, TextWriter log)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;");
        Execute(connection, "DELETE FROM CaseTerms; DELETE FROM CaseIndexBacklog;");

        // One sort per index after the load instead of millions of random inserts, as the generator does.
        var indexes = new List<(string Name, string Sql)>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'CaseTerms' AND sql IS NOT NULL";
            using var found = list.ExecuteReader();
            while (found.Read())
            {
                indexes.Add((found.GetString(0), found.GetString(1)));
            }
        }

        indexes.ForEach(i => Execute(connection, $"DROP INDEX \"{i.Name}\";"));

        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO CaseTerms (CaseId, Term, Count, OwnerPath, RegisteredAt) VALUES ($case, $term, $count, $owner, $at)";
        var (caseId, term, count) = (insert.Parameters.Add("$case", SqliteType.Integer), insert.Parameters.Add("$term", SqliteType.Text), insert.Parameters.Add("$count", SqliteType.Integer));
        var (owner, at) = (insert.Parameters.Add("$owner", SqliteType.Text), insert.Parameters.Add("$at", SqliteType.Text));

        var rows = 0;
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = """
            SELECT c.Id, c.OwnerPath, c.RegisteredAt, c.Title || char(10) || c.Description, e.Note
            FROM Cases c LEFT JOIN CaseEvents e ON e.CaseId = c.Id AND e.Note IS NOT NULL
            ORDER BY c.Id
            """;
        var cases = 0;
        using (var reader = read.ExecuteReader())
        {
            var more = reader.Read();
            while (more)
            {
                var id = reader.GetInt64(0);
                (owner.Value, at.Value) = (reader.GetString(1), reader.GetString(2));
                var texts = new List<string?> { reader.GetString(3) };
                do
                {
                    texts.Add(reader.IsDBNull(4) ? null : reader.GetString(4));
                    more = reader.Read();
                }
                while (more && reader.GetInt64(0) == id);

                foreach (var (word, n) in CaseTerms.CountAll(texts))
                {
                    (caseId.Value, term.Value, count.Value) = (id, word, n);
                    insert.ExecuteNonQuery();
                    rows++;
                }

                cases++;
            }
        }

        transaction.Commit();
        indexes.ForEach(i => Execute(connection, i.Sql));
        log.WriteLine($"  indexed {cases:N0} cases into {rows:N0} rows (case, word)");
        return rows;
    }

    /// <summary>
    /// Whether an earlier run indexed the generated cases (the app indexed only the demo cases it
    /// seeded; the generated ones come after them).
    /// </summary>
    public static bool IsBuilt(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT MAX(CaseId) FROM CaseTerms) = (SELECT MAX(Id) FROM Cases) AND NOT EXISTS (SELECT 1 FROM CaseIndexBacklog)";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    /// <summary>Runs ANALYZE (statistics for the planner) when <paramref name="analyze"/>; says whether statistics are present.</summary>
    public static bool Statistics(string file, bool analyze)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        if (analyze)
        {
            Execute(connection, "ANALYZE;");
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

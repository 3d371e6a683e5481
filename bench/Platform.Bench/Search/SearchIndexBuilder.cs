using Microsoft.Data.Sqlite;
using Platform.Data;

namespace Platform.Bench.Search;

/// <summary>
/// Fills the search index of a generated database, whose cases the generator writes past the app
/// (and so past the index the app keeps on every save): the same words, cut by the same
/// <see cref="CaseTerms"/>, from every case's title and description and every timeline note.
/// </summary>
internal static class SearchIndexBuilder
{
    public static int Build(string file, TextWriter log)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;");
        Execute(connection, "DELETE FROM CaseTerms;");

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
        insert.CommandText = "INSERT INTO CaseTerms (CaseId, Term, Count) VALUES ($case, $term, $count)";
        var (caseId, term, count) = (insert.Parameters.Add("$case", SqliteType.Integer), insert.Parameters.Add("$term", SqliteType.Text), insert.Parameters.Add("$count", SqliteType.Integer));

        var rows = 0;
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT Id, Title || char(10) || Description FROM Cases UNION ALL SELECT CaseId, Note FROM CaseEvents WHERE Note IS NOT NULL";
        var texts = new List<(long Id, string Text)>();
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                texts.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }

        foreach (var (id, text) in texts)
        {
            foreach (var (word, n) in CaseTerms.Count(text))
            {
                (caseId.Value, term.Value, count.Value) = (id, word, n);
                insert.ExecuteNonQuery();
                rows++;
            }
        }

        transaction.Commit();
        indexes.ForEach(i => Execute(connection, i.Sql));
        Execute(connection, "ANALYZE;");
        log.WriteLine($"  indexed {texts.Count:N0} texts into {rows:N0} words");
        return rows;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

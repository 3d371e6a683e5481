using Microsoft.EntityFrameworkCore;

namespace Platform.Data.Tests.Infrastructure;

/// <summary>SQLite's <c>EXPLAIN QUERY PLAN</c> of a query as EF Core sends it, with its parameters.</summary>
public static class QueryPlans
{
    /// <summary>The plan's lines (the <c>detail</c> column), e.g. <c>SEARCH c USING INDEX … (OwnerPath&gt;? AND OwnerPath&lt;?)</c>.</summary>
    public static IReadOnlyList<string> Explain(DbContext db, string sql)
    {
        // The connection belongs to the test database: it is not disposed here.
        var connection = db.Database.GetDbConnection();
        using var command = connection.CreateCommand();
        var lines = sql.Split('\n');
        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', lines.SkipWhile(l => l.StartsWith(".param", StringComparison.Ordinal)));
        foreach (var line in lines.Where(l => l.StartsWith(".param set", StringComparison.Ordinal)))
        {
            var parts = line.Split(' ', 4);
            var parameter = command.CreateParameter();
            parameter.ParameterName = parts[2];
            parameter.Value = parts[3].Trim('\'');
            command.Parameters.Add(parameter);
        }

        var plan = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }

    /// <summary>Whether a line reads a table in full rather than through an index.</summary>
    public static bool IsFullScan(string line) =>
        line.StartsWith("SCAN", StringComparison.Ordinal) && !line.Contains("INDEX", StringComparison.Ordinal);
}

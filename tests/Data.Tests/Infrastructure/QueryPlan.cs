using Microsoft.EntityFrameworkCore;

namespace Platform.Data.Tests.Infrastructure;

/// <summary>SQLite's EXPLAIN QUERY PLAN of a query EF Core would send, with its parameters bound.</summary>
public static class QueryPlan
{
    /// <summary>The plan's lines, indented by depth (two spaces a level), for <paramref name="query"/> on <paramref name="db"/>'s connection.</summary>
    public static IReadOnlyList<string> Of(DbContext db, IQueryable query)
    {
        var sql = query.ToQueryString().Split('\n');
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            connection.Open();
        }

        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join("\n", sql.Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
        foreach (var line in sql.Where(l => l.StartsWith(".param set", StringComparison.Ordinal)))
        {
            var parts = line.Split(' ', 4);
            var parameter = command.CreateParameter();
            parameter.ParameterName = parts[2];
            var value = parts[3].Trim();
            parameter.Value = value.StartsWith('\'') ? value.Trim('\'') : long.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
            command.Parameters.Add(parameter);
        }

        var depth = new Dictionary<long, int> { [0] = -1 };
        var plan = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var level = depth.GetValueOrDefault(reader.GetInt64(1), -1) + 1;
            depth[reader.GetInt64(0)] = level;
            plan.Add(new string(' ', level * 2) + reader.GetString(3));
        }

        return plan;
    }
}

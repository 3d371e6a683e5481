using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Platform.Bench.Baseline.Sql;

namespace Platform.Bench.Baseline.Data;

/// <summary>
/// One pooled connection per request (the connection string is the app's), commands from
/// <see cref="SqlCommands"/>, and each command announced on a diagnostic listener so that the
/// bench's probe can compare them with the app's.
/// </summary>
public sealed class Database(BaselineOptions options, SqlCommands sql)
{
    private static readonly DiagnosticListener Diagnostics = new("Platform.Bench.Baseline");

    private readonly string connectionString = $"Data Source={options.Database}";

    private readonly Lazy<long> caseRows = new(() =>
    {
        using var connection = new SqliteConnection($"Data Source={options.Database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(\"Id\") FROM \"Cases\"";
        return command.ExecuteScalar() is long max ? max : 0;
    });

    public SqlCommands Sql => sql;

    /// <summary>The largest case id, read once: the app's estimate of the table's size (CaseWalk).</summary>
    public long CaseRows => caseRows.Value;

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>A command with <paramref name="text"/> and the tenant bounds, list values and other parameters given.</summary>
    public static SqliteCommand Command(SqliteConnection connection, string text, Tenant tenant, string? listName = null, IReadOnlyList<int>? list = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        if (text.Contains("@ef_filter__TenantFrom", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("@ef_filter__TenantFrom", tenant.From);
            command.Parameters.AddWithValue("@ef_filter__TenantTo", tenant.To);
        }

        if (listName is not null && list is not null)
        {
            command.Parameters.AddWithValue(listName, SqlCommands.List(list));
        }

        return command;
    }

    public static async Task<SqliteDataReader> ReadAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        Announce(command);
        return await command.ExecuteReaderAsync(cancellationToken);
    }

    public static async Task<long> ScalarAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        Announce(command);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static void Announce(SqliteCommand command)
    {
        if (Diagnostics.IsEnabled("CommandExecuting"))
        {
            Diagnostics.Write("CommandExecuting", command);
        }
    }
}

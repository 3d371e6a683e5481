using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Platform.Data;

/// <summary>
/// EF Core serializes migrations on SQLite with a row in <c>__EFMigrationsLock</c> that only the
/// process holding it deletes; a process killed while migrating leaves it behind and every later
/// <c>Migrate()</c> waits for it for ever, logging nothing. This finds such a row before
/// migrating: one older than the timeout (or still there after waiting that long) is deleted with a warning.
/// </summary>
internal static class SqliteMigrationLock
{
    // Plain SQL on EF Core's own bookkeeping table: no tenant data is read or written here.
    private const string Exists = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'";
    private const string Read = "SELECT \"Timestamp\" FROM \"__EFMigrationsLock\" WHERE \"Id\" = 1";
    private const string Delete = "DELETE FROM \"__EFMigrationsLock\" WHERE \"Id\" = 1 AND \"Timestamp\" = $stamp";

    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    public static async Task ClearIfStaleAsync(
        PlatformDbContext db, TimeSpan timeout, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            if (Convert.ToInt64(await ScalarAsync(connection, Exists, null, cancellationToken), CultureInfo.InvariantCulture) == 0)
            {
                return;
            }

            var waitingSince = time.GetUtcNow();
            var announced = false;
            while (await ScalarAsync(connection, Read, null, cancellationToken) is string stamp)
            {
                var now = time.GetUtcNow();
                var takenAt = DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                    ? parsed
                    : DateTimeOffset.MinValue;
                if (now - takenAt >= timeout || now - waitingSince >= timeout)
                {
                    // Only the row judged stale: a replica that took the lock since then keeps its own.
                    await ScalarAsync(connection, Delete, stamp, cancellationToken);
                    logger.LogWarning(
                        "Cleared a stale migration lock taken at {TakenAt} (older than {Timeout} or held that long): its holder was stopped while migrating",
                        stamp, timeout);
                    return;
                }

                if (!announced)
                {
                    logger.LogInformation("Migrations are locked since {TakenAt}; waiting up to {Timeout} for the holder", stamp, timeout);
                    announced = true;
                }

                await Task.Delay(Poll, time, cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, string? stamp, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (stamp is not null)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$stamp";
            parameter.Value = stamp;
            command.Parameters.Add(parameter);
        }

        return await command.ExecuteScalarAsync(cancellationToken);
    }
}

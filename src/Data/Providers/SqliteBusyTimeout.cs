using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Platform.Data.Providers;

/// <summary>
/// Lets SQLite itself wait for a lock held by another connection (another request, a background
/// service, another replica) instead of answering "database is locked" at once: every statement,
/// <c>BEGIN</c> and <c>COMMIT</c> included, waits up to <see cref="Wait"/>. Microsoft.Data.Sqlite
/// retries a busy step on its own, but not a busy reset, where a write's last step can land.
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            raw.sqlite3_busy_timeout(handle, (int)Wait.TotalMilliseconds);
        }
    }
}

namespace Platform.Data;

/// <summary>Configuration section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default, embedded) or <c>SqlServer</c> (production, with <c>ConnectionStrings:Platform</c>).</summary>
    public string Provider { get; set; } = DatabaseProviders.Sqlite;

    /// <summary>Folder for the SQLite file; relative paths are under the content root.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>Apply migrations and seed demo data into an empty database at start-up.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// SQLite only: how old a row in <c>__EFMigrationsLock</c> must be (or how long this process
    /// waits for it) before it counts as left behind by a killed process and is deleted. A live
    /// migration holds the lock for seconds; a killed one's row would otherwise stall every later
    /// start. SQL Server's lock belongs to a session and ends with it.
    /// </summary>
    public TimeSpan MigrationLockTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// SQLite only: how many connections the request read path keeps open, each with the statements
    /// it prepared, from one request to the next (see <c>SqliteReadContexts</c>). Requests reading
    /// at once beyond this number read on connections opened for the request, as before. Each kept
    /// connection holds up to 2 MB of SQLite page cache and its statements; 0 keeps none.
    /// </summary>
    public int KeptReadConnections { get; set; } = 32;

    /// <summary>
    /// Insert the demo dataset (with its published demo passwords and client secret) into an empty
    /// database. When not configured: on in Development and Testing, off everywhere else.
    /// </summary>
    public bool? SeedDemoData { get; set; }
}

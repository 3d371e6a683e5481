using SQLitePCL;

namespace Platform.Data.Providers;

/// <summary>
/// Puts SQLite in its multi-thread mode before the first connection opens: a connection is used by
/// one thread at a time (ADO.NET's rule, which the contexts and the kept read connections follow),
/// so SQLite need not take its per-connection mutex on every call. In its default, serialized mode
/// every step and every column read locked and unlocked one.
/// </summary>
internal static class SqliteThreading
{
    private static readonly Lazy<int> Configured = new(() =>
    {
        Batteries_V2.Init();
        return raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD);
    });

    /// <summary>SQLite's answer: <c>SQLITE_OK</c>, or <c>SQLITE_MISUSE</c> when SQLite had already started (it then stays serialized).</summary>
    public static int UseMultiThread() => Configured.Value;
}

using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Platform.Data.Tenancy;

/// <summary>
/// The most a walk may read. A walk pays when the scope's cases are spread over time; when they
/// are not (a scope whose cases are all recent, read oldest first) it would read the whole index.
/// SQLite's progress handler counts the virtual machine's steps of the walking statement and
/// interrupts it past the bound (<see cref="CaseWalk.BoundRows"/>), and the page is then read by
/// seeking.
/// </summary>
internal sealed class CaseWalkBound : IDisposable
{
    // About 6 steps per case read with the plain filter (measured on the 1M file); filters on
    // status, units or dates add some, so the bound counts generously.
    private const long StepsPerRow = 16;
    private const long MostStepsPerCall = 1_000;

    private readonly sqlite3 handle;
    private readonly long calls;
    private long made;

    private CaseWalkBound(sqlite3 handle, long rows)
    {
        this.handle = handle;
        var steps = Math.Max(1, rows) * StepsPerRow;
        var stepsPerCall = Math.Clamp(steps / 8, 1, MostStepsPerCall);
        calls = steps / stepsPerCall;
        raw.sqlite3_progress_handler(handle, (int)stepsPerCall, _ => ++made > calls ? 1 : 0, null);
    }

    /// <summary>True once the bound has cut the walking statement.</summary>
    public bool Tripped => made > calls;

    /// <summary>Bounds the statements run on <paramref name="connection"/> (open) to about <paramref name="rows"/> cases read, until disposed.</summary>
    public static CaseWalkBound On(SqliteConnection connection, long rows) =>
        new(connection.Handle ?? throw new InvalidOperationException("The connection is not open."), rows);

    public void Dispose() => raw.sqlite3_progress_handler(handle, 0, null, null);
}

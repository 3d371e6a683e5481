using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Platform.Data.Providers;

/// <summary>
/// The contexts of the request read path on SQLite: pooled apart from the others, each with a
/// connection of its own that stays open from one lease to the next, so that the statements kept
/// on it (<see cref="SqliteStatementCache"/>) serve later requests too. The pool lends a context to
/// one request at a time, so a connection is never shared. Open and idle, a connection holds no
/// lock: every statement is reset when its reader is disposed, and SQLite takes a read snapshot per
/// statement, so a kept connection sees every write committed before its query starts.
/// </summary>
internal sealed class SqliteReadContexts(Func<PlatformDbContext> pooled, string connectionString, SqliteStatementCache statements, int mostKept) : IDisposable
{
    // Weak, so that a context the pool lets go (more leased at once than it holds) takes its
    // connection with it; SQLite's handle closes when it is collected.
    private readonly ConditionalWeakTable<PlatformDbContext, SqliteConnection> connections = new();
    private volatile bool disposed;
    private int leased;
    private int kept;
    private Action? returned;

    /// <summary>The statements prepared on the kept connections so far (see <see cref="SqliteStatementCache.Created"/>).</summary>
    public int StatementsPrepared => statements.Created;

    /// <summary>The contexts out on lease now: a request's reads hold one until the request ends.</summary>
    public int Leased => Volatile.Read(ref leased);

    public PlatformDbContext Lease()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var context = pooled();
        Interlocked.Increment(ref leased);
        context.OnReturn(returned ??= () => Interlocked.Decrement(ref leased));
        // Past the most kept, a context reads on a connection of its own opened for the request (EF Core's, closed when it returns).
        if (!connections.TryGetValue(context, out _) && TakeKeptPlace())
        {
            try
            {
                var connection = new SqliteConnection(connectionString);
                context.Database.SetDbConnection(connection, contextOwnsConnection: false);

                // Opened through EF Core, so that the connection interceptors (the busy timeout) see it.
                context.Database.OpenConnection();
                statements.Keep(connection);
                connections.Add(context, connection);
            }
            catch
            {
                Interlocked.Decrement(ref kept);
                context.Dispose();
                throw;
            }
        }

        return context;
    }

    private bool TakeKeptPlace()
    {
        while (true)
        {
            var now = Volatile.Read(ref kept);
            if (now >= mostKept)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref kept, now + 1, now) == now)
            {
                return true;
            }
        }
    }

    /// <summary>Closes the kept connections, with their statements, when the host stops.</summary>
    public void Dispose()
    {
        disposed = true;
        foreach (var (_, connection) in connections)
        {
            connection.Dispose();
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Platform.Data;

namespace Platform.Api.GraphQL.Common.Loading;

/// <summary>
/// The read context of one operation's service scope (an HTTP request; over WebSocket, one
/// subscribe or one delivery, never the connection): created from the scope's tenant-bound read
/// factory on first use, its connection open from then until the scope ends, and used by one batch
/// or field at a time, in turn. On SQLite the context comes with a connection kept open from one
/// lease to the next, with the statements it prepared (SqliteReadContexts). Parallel batches of a
/// request would otherwise each lease a context and a connection of their own, and contend for the
/// pools behind them. Reads only: queries do
/// not track, so nothing accumulates from one batch to the next, and nothing is saved through it.
/// </summary>
public sealed class RequestReads(IDbContextFactory<PlatformDbContext> contexts) : IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private PlatformDbContext? _db;
    private bool _disposed;

    /// <summary>
    /// Runs <paramref name="work"/> on the context once no other work is using it. Cancelling
    /// <paramref name="cancellationToken"/> stops the wait as well as the work, and the turn passes on.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The scope has ended.</exception>
    public async Task<TResult> RunAsync<TResult>(Func<PlatformDbContext, Task<TResult>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await _turn.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _db ??= await OpenAsync(cancellationToken);
            return await work(_db);
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Waits for the work in hand, so that no query loses its context midway, then disposes the context.</summary>
    public async ValueTask DisposeAsync()
    {
        await _turn.WaitAsync();
        try
        {
            _disposed = true;
            if (_db is not null)
            {
                await _db.DisposeAsync();
                _db = null;
            }
        }
        finally
        {
            // Released rather than disposed: work queued behind the disposal then fails as disposed instead of waiting forever.
            _turn.Release();
        }
    }

    /// <summary>As <see cref="DisposeAsync"/>, for a scope disposed synchronously.</summary>
    public void Dispose()
    {
        _turn.Wait();
        try
        {
            _disposed = true;
            _db?.Dispose();
            _db = null;
        }
        finally
        {
            _turn.Release();
        }
    }

    private async Task<PlatformDbContext> OpenAsync(CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
            if (db.Database.GetDbConnection().State == System.Data.ConnectionState.Open)
            {
                // A kept read connection (SQLite), open since its context was first leased.
                return db;
            }

            // Opened by us, the connection stays open across the queries until the context is
            // disposed. A retrying strategy (SQL Server's) retries the opening, as it would have
            // around a query that opened it; it refuses only transactions started outside it, and a
            // query whose connection a transient failure closed reopens it when it is retried.
            await db.Database.CreateExecutionStrategy().ExecuteAsync(
                db.Database, static (database, ct) => database.OpenConnectionAsync(ct), cancellationToken);
            return db;
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }
}

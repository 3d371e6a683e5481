namespace Platform.Data;

/// <summary>
/// The start-up work on the database (migrations, signing keys, demo data) that runs while the
/// host begins to listen. Requests wait for it at the door and background services before their
/// first read, so nothing reads a database that is still being migrated; a failed start stops the
/// process with its error.
/// </summary>
public sealed class PlatformStartup
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the database is ready; faults with the error of a failed start.</summary>
    public Task Completion => _done.Task;

    public bool IsReady => _done.Task.IsCompletedSuccessfully;

    public bool HasFailed => _done.Task.IsFaulted;

    /// <summary>A start-up already done, for tools and tests that prepare the database themselves.</summary>
    public static PlatformStartup Done()
    {
        var startup = new PlatformStartup();
        startup._done.SetResult();
        return startup;
    }

    /// <summary>
    /// Runs <paramref name="work"/> on the thread pool (EF Core's SQLite calls complete
    /// synchronously, so awaiting them here would hold the caller) and records how it ended.
    /// </summary>
    public async Task RunAsync(Func<Task> work)
    {
        try
        {
            await Task.Run(work);
            _done.TrySetResult();
        }
        catch (Exception failure)
        {
            _done.TrySetException(failure);
            throw;
        }
    }

    /// <summary>
    /// For background services: returns once the database is ready. After a failed start it
    /// returns only when <paramref name="cancellationToken"/> is cancelled, as the host stops.
    /// </summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _done.Task.WaitAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }
}

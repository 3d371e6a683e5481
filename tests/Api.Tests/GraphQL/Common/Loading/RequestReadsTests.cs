using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Data;

namespace Platform.Api.Tests.GraphQL.Common.Loading;

/// <summary>One read context per scope, used in turn: never by two works at once, released on cancellation, closed at the end.</summary>
public sealed class RequestReadsTests
{
    [Fact]
    public async Task ParallelWorks_Should_RunOneAtATime_OnOneContext()
    {
        // arrange
        var contexts = new InMemoryContexts();
        await using var reads = new RequestReads(contexts);
        var active = 0;
        var most = 0;
        var seen = new List<PlatformDbContext>();

        // act
        var results = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => Task.Run(() => reads.RunAsync(async db =>
        {
            most = Math.Max(most, Interlocked.Increment(ref active));
            lock (seen)
            {
                seen.Add(db);
            }

            await Task.Delay(5);
            var value = await db.Database.SqlQuery<int>($"SELECT {i} AS Value").SingleAsync();
            Interlocked.Decrement(ref active);
            return value;
        }, CancellationToken.None))));

        // assert
        Assert.Equal(Enumerable.Range(1, 8), results);
        Assert.Equal(1, most);
        Assert.Equal(1, contexts.Created);
        Assert.Single(seen.Distinct());
        Assert.Equal(QueryTrackingBehavior.NoTracking, seen[0].ChangeTracker.QueryTrackingBehavior);
    }

    [Fact]
    public async Task AWaitCancelled_Should_LeaveTheTurn_ToTheNextWork()
    {
        // arrange
        await using var reads = new RequestReads(new InMemoryContexts());
        var holding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = reads.RunAsync(async _ => await holding.Task.ContinueWith(_ => 1), CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        // act
        var waiting = reads.RunAsync(_ => Task.FromResult(2), cancel.Token);
        await cancel.CancelAsync();
        holding.SetResult();

        // assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal(1, await first);
        Assert.Equal(3, await reads.RunAsync(_ => Task.FromResult(3), CancellationToken.None));
    }

    [Fact]
    public async Task AWorkCancelledMidway_Should_ReleaseTheTurn()
    {
        // arrange
        await using var reads = new RequestReads(new InMemoryContexts());
        using var cancel = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // act
        var cancelled = reads.RunAsync(async _ =>
        {
            started.SetResult();
            await Task.Delay(Timeout.Infinite, cancel.Token);
            return 0;
        }, cancel.Token);
        await started.Task;
        await cancel.CancelAsync();

        // assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal(1, await reads.RunAsync(db => db.Database.SqlQuery<int>($"SELECT 1 AS Value").SingleAsync(), CancellationToken.None));
    }

    [Fact]
    public async Task Dispose_Should_WaitForTheWorkInHand_Then_CloseTheConnection()
    {
        // arrange
        var reads = new RequestReads(new InMemoryContexts());
        var holding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        DbConnection? connection = null;
        var work = reads.RunAsync(async db =>
        {
            connection = db.Database.GetDbConnection();
            await holding.Task;
            return await db.Database.SqlQuery<int>($"SELECT 1 AS Value").SingleAsync();
        }, CancellationToken.None);

        // act
        var disposing = reads.DisposeAsync().AsTask();
        await Task.Delay(50);
        var disposedEarly = disposing.IsCompleted;
        holding.SetResult();
        await disposing;

        // assert
        Assert.False(disposedEarly);
        Assert.Equal(1, await work);
        Assert.NotEqual(ConnectionState.Open, connection!.State);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => reads.RunAsync(_ => Task.FromResult(0), CancellationToken.None));
    }

    [Fact]
    public async Task ARetryingStrategy_Should_RetryAQuery_WhoseConnectionFailed()
    {
        // arrange
        var failure = new TransientFailure.OnFirstCommand();
        await using var reads = new RequestReads(new InMemoryContexts([failure], retries: true));

        // act
        var first = await reads.RunAsync(db => db.Database.SqlQuery<int>($"SELECT 1 AS Value").SingleAsync(), CancellationToken.None);
        var state = await reads.RunAsync(db => Task.FromResult(db.Database.GetDbConnection().State), CancellationToken.None);
        var second = await reads.RunAsync(db => db.Database.SqlQuery<int>($"SELECT 2 AS Value").SingleAsync(), CancellationToken.None);

        // assert
        Assert.Equal(1, first);
        Assert.Equal(2, second);
        Assert.Equal(ConnectionState.Open, state);
        Assert.Equal(3, failure.Commands);
    }

    [Fact]
    public async Task ARetryingStrategy_Should_RetryTheOpening_WhenItFailed()
    {
        // arrange
        var opening = new TransientFailure.OnFirstOpening();
        await using var reads = new RequestReads(new InMemoryContexts([opening], retries: true));

        // act
        var value = await reads.RunAsync(db => db.Database.SqlQuery<int>($"SELECT 1 AS Value").SingleAsync(), CancellationToken.None);

        // assert
        Assert.Equal(1, value);
        Assert.Equal(2, opening.Attempts);
    }
}

using Microsoft.EntityFrameworkCore;
using Platform.Data;

namespace Platform.Workflow.Common;

/// <summary>
/// One workflow call's unit of work: the actor, a tracked context of its own bound to the actor's
/// tenant scope, the time of the change and the caller's cancellation. Everything saved in one
/// <c>SaveChangesAsync</c> is one transaction; <see cref="InTransactionAsync{T}"/> spans several.
/// </summary>
public sealed class Change(Actor actor, PlatformDbContext db, DateTime now, CancellationToken cancellationToken)
{
    public Actor Actor { get; } = actor;

    public PlatformDbContext Db { get; } = db;

    /// <summary>The time every row of this change records.</summary>
    public DateTime Now { get; } = now;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public Task SaveAsync() => Db.SaveChangesAsync(CancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction under the provider's execution strategy,
    /// which may run it again whole after a transient failure: the tracker is cleared first, so
    /// the work loads everything it changes itself.
    /// </summary>
    public Task<T> InTransactionAsync<T>(Func<Task<T>> work) =>
        Db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            Db.ChangeTracker.Clear();
            await using var transaction = await Db.Database.BeginTransactionAsync(CancellationToken);
            var result = await work();
            if (Db.Database.CurrentTransaction is not null)
            {
                await transaction.CommitAsync(CancellationToken);
            }

            return result;
        });

    /// <summary>Rolls the current transaction back: the work found that there is nothing to change after all.</summary>
    public Task AbandonAsync() => Db.Database.RollbackTransactionAsync(CancellationToken);

    /// <summary>
    /// Saves what is tracked, lets <paramref name="record"/> add the entries that name the rows
    /// just given keys (a history entry of a new object, an event naming a new order), and saves
    /// again. Call it inside <see cref="InTransactionAsync{T}"/> so that both saves commit together.
    /// </summary>
    public Task SaveThenRecordAsync(Action record) => SaveThenRecordAsync(() =>
    {
        record();
        return Task.CompletedTask;
    });

    /// <inheritdoc cref="SaveThenRecordAsync(Action)"/>
    public async Task SaveThenRecordAsync(Func<Task> record)
    {
        if (Db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Two saves that belong together need a transaction: call this inside InTransactionAsync.");
        }

        await SaveAsync();
        await record();
        await SaveAsync();
    }
}

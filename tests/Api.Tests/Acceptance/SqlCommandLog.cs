using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Platform.Data.Tenancy;

namespace Platform.Api.Tests.Acceptance;

/// <summary>
/// Records the text of every SQL command the host's contexts send, registered as an
/// <see cref="IInterceptor"/> in the host's container. Thread-safe: data loaders run concurrently.
/// The outbox reader's polls (reads and prunes of <c>OutboxEvents</c>, in the background on a
/// timer), the webhook dispatcher's (every command on the <c>Webhook…</c> tables) and the case
/// walk's table size (at start-up, then every 10 minutes) belong to no request and are left out; a change's insert of its outbox row is kept.
/// </summary>
public sealed class SqlCommandLog : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> commands = new();
    private readonly ConcurrentQueue<(string Command, int Rows)> reads = new();

    public IReadOnlyList<string> Commands => [.. commands];

    /// <summary>Each query's text with the number of rows read from its result.</summary>
    public IReadOnlyList<(string Command, int Rows)> Reads => [.. reads];

    public int Count => commands.Count;

    public void Clear()
    {
        commands.Clear();
        reads.Clear();
    }

    public override InterceptionResult DataReaderDisposing(
        DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        if (!IsOutboxReader(command))
        {
            reads.Enqueue((command.CommandText, eventData.ReadCount));
        }

        return result;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Record(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, result));

    public override InterceptionResult<object> ScalarExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Record(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, result));

    public override InterceptionResult<int> NonQueryExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Record(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, result));

    private T Record<T>(DbCommand command, T result)
    {
        if (!IsOutboxReader(command))
        {
            commands.Enqueue(command.CommandText);
        }

        return result;
    }

    private static bool IsOutboxReader(DbCommand command) =>
        command.CommandText.Contains("FROM \"OutboxEvents\"", StringComparison.Ordinal)
        || command.CommandText.Contains("\"Webhook", StringComparison.Ordinal)
        || command.CommandText.StartsWith("-- " + CaseWalkEstimator.Tag, StringComparison.Ordinal);
}

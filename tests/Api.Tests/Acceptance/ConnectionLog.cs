using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Platform.Data;

namespace Platform.Api.Tests.Acceptance;

/// <summary>
/// Records the connections that the host's tenant-bound contexts read on, registered as an
/// <see cref="IInterceptor"/> in the host's container. Contexts without a tenant (the outbox reader,
/// the webhook dispatcher, the token checks) are left out: they belong to no principal's request.
/// </summary>
public sealed class ConnectionLog : DbCommandInterceptor
{
    private readonly Lock gate = new();
    private readonly List<DbConnection> used = [];

    /// <summary>The connections read on since the last <see cref="Clear"/>, each once, in the order of their first read.</summary>
    public IReadOnlyList<DbConnection> Used
    {
        get
        {
            lock (gate)
            {
                return [.. used];
            }
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            used.Clear();
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command, CommandEventData eventData)
    {
        if (eventData.Context is PlatformDbContext { Tenant.IsNone: false } && command.Connection is { } connection)
        {
            lock (gate)
            {
                if (!used.Contains(connection))
                {
                    used.Add(connection);
                }
            }
        }
    }
}

using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Platform.Data;

namespace Platform.Api.Tests.Acceptance;

/// <summary>
/// Counts the connections that the host's tenant-bound contexts open, registered as an
/// <see cref="IInterceptor"/> in the host's container, and tells how many of them are open now. Contexts
/// without a tenant (the outbox reader, the webhook dispatcher, the token checks) are left out:
/// they belong to no principal's request.
/// </summary>
public sealed class ConnectionLog : DbConnectionInterceptor
{
    private readonly Lock gate = new();
    private readonly HashSet<DbConnection> open = [];
    private int opened;

    /// <summary>Connections opened since the last <see cref="Clear"/>.</summary>
    public int Opened
    {
        get
        {
            lock (gate)
            {
                return opened;
            }
        }
    }

    /// <summary>
    /// The connections seen opening that are open now. Read from their state: a pooled context
    /// closes its connection, which it keeps for its next lease, without an interception event.
    /// </summary>
    public int OpenNow
    {
        get
        {
            lock (gate)
            {
                return open.Count(c => c.State == ConnectionState.Open);
            }
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            opened = 0;
        }
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Record(connection, eventData);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Record(connection, eventData);
        return Task.CompletedTask;
    }

    private void Record(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (eventData.Context is PlatformDbContext { Tenant.IsNone: false })
        {
            lock (gate)
            {
                opened++;
                open.Add(connection);
            }
        }
    }
}

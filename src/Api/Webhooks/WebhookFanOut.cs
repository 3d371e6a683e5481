using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Data.Tenancy;
using Platform.Workflow.Webhooks;

namespace Platform.Api.Webhooks;

/// <summary>
/// Turns outbox rows into webhook deliveries, once across all replicas: it reads the rows past the
/// shared cursor, creates a delivery for each enabled hook that listens for the event's kind and
/// whose unit can see the case after the change (read through that unit's tenant filter) and whose
/// client may still receive (<see cref="WebhookClients"/>), and moves
/// the cursor from the position it read in the same transaction. A replica that lost the race to
/// move it rolls back, and nothing it created stays. A missing position is waited for as the
/// subscription feed waits (<c>Live:GapWait</c>).
/// </summary>
public sealed class WebhookFanOut(
    SystemDbContexts contexts, WebhookClients clients, IClock clock, IOptions<WebhookOptions> options, IOptions<Live.LiveOptions> live)
{
    private long? _gapSince;

    /// <summary>Handles one batch; returns how many outbox rows it passed.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        await using var db = contexts.Unscoped();
        var from = await db.WebhookCursors.AsNoTracking().Where(c => c.Id == WebhookCursor.SingleId).Select(c => c.Position).SingleAsync(ct);
        var rows = await db.OutboxEvents.AsNoTracking()
            .Where(e => e.Id > from).OrderBy(e => e.Id).Take(options.Value.BatchSize)
            .Select(e => new { e.Id, e.CaseEventId }).ToListAsync(ct);
        var passed = rows.TakeWhile((row, i) => row.Id == from + i + 1).ToList();
        if (passed.Count == 0 && rows.Count > 0 && GapWaitedOut())
        {
            passed = [.. rows];
        }

        if (passed.Count == 0)
        {
            return 0;
        }

        _gapSince = null;
        var to = passed[^1].Id;
        var hooks = await db.Webhooks.AsNoTracking().Where(w => w.Enabled && w.StartPosition < to).ToListAsync(ct);
        var allowed = await clients.AllowedAsync(hooks.Select(h => (h.ClientId, h.UnitPath)), ct);
        hooks.RemoveAll(h => !allowed.Contains((h.ClientId, h.UnitPath)));
        var deliveries = new List<WebhookDelivery>();
        foreach (var unit in hooks.GroupBy(h => h.UnitPath))
        {
            var visible = await VisibleAsync(unit.Key, [.. passed.Select(r => r.CaseEventId)], ct);
            foreach (var row in passed)
            {
                if (!visible.TryGetValue(row.CaseEventId, out var change))
                {
                    continue;
                }

                deliveries.AddRange(unit.Where(h => h.StartPosition < row.Id && WebhookKinds.Includes(h.Kinds, change.Kind))
                    .Select(h => Delivery(h, row.Id, change)));
            }
        }

        return await CommitAsync(db, from, to, deliveries, ct) ? passed.Count : 0;
    }

    private async Task<Dictionary<int, WebhookPayload.VisibleEvent>> VisibleAsync(string unitPath, IReadOnlyList<int> eventIds, CancellationToken ct)
    {
        await using var scoped = contexts.For(TenantScope.For(unitPath));
        return await scoped.CaseEvents.AsNoTracking()
            .Where(e => eventIds.Contains(e.Id))
            .Join(scoped.Cases, e => e.CaseId, c => c.Id, (e, c) => new WebhookPayload.VisibleEvent(e.Id, c.Id, e.Kind, e.OccurredAt, c.Number, c.Status))
            .ToDictionaryAsync(v => v.EventId, ct);
    }

    private WebhookDelivery Delivery(Webhook hook, long position, WebhookPayload.VisibleEvent change)
    {
        var key = Guid.NewGuid();
        return new WebhookDelivery
        {
            Key = key,
            WebhookId = hook.Id,
            OutboxEventId = position,
            CaseId = change.CaseId,
            CaseEventId = change.EventId,
            Kind = change.Kind,
            Body = WebhookPayload.Build(key, hook.Id, change),
            Status = WebhookDeliveryStatus.Pending,
            CreatedAt = clock.UtcNow,
            NextAttemptAt = clock.UtcNow,
        };
    }

    private static Task<bool> CommitAsync(PlatformDbContext db, long from, long to, List<WebhookDelivery> deliveries, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var moved = await db.WebhookCursors
                .Where(c => c.Id == WebhookCursor.SingleId && c.Position == from)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Position, to), ct);
            if (moved != 1)
            {
                // Another replica passed these rows first and created their deliveries.
                await transaction.RollbackAsync(ct);
                return false;
            }

            db.WebhookDeliveries.AddRange(deliveries);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        });

    private bool GapWaitedOut()
    {
        _gapSince ??= Stopwatch.GetTimestamp();
        return Stopwatch.GetElapsedTime(_gapSince.Value) >= live.Value.GapWait;
    }
}

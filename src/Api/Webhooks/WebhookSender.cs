using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Data.Tenancy;
using Platform.Workflow.Webhooks;

namespace Platform.Api.Webhooks;

/// <summary>
/// Attempts the due deliveries of enabled hooks. Each is claimed first with a lease — an UPDATE
/// that succeeds only while no other replica holds an unexpired lease on it, checked by its row
/// count — so two replicas never post the same delivery. Every attempt is recorded; a failure
/// schedules the next one with exponential backoff, and the last one counts against the hook,
/// which is disabled after <see cref="WebhookOptions.DisableAfterFailures"/> failed deliveries in a row.
/// </summary>
public sealed class WebhookSender(
    SystemDbContexts contexts, WebhookPoster poster, WebhookClients clients, IClock clock, IOptions<WebhookOptions> options)
{
    /// <summary>This replica's name in the claims it takes.</summary>
    public string Replica { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Attempts up to a batch of due deliveries; returns how many it attempted.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        await using var db = contexts.Unscoped();
        var now = clock.UtcNow;
        var due = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LeaseUntil == null || d.LeaseUntil < now) && d.Webhook!.Enabled)
            .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id)
            .Select(d => d.Id).Take(options.Value.BatchSize).ToListAsync(ct);
        var attempted = 0;
        foreach (var id in due)
        {
            if (await ClaimAsync(db, id, ct))
            {
                await AttemptAsync(db, id, ct);
                attempted++;
            }
        }

        return attempted;
    }

    private async Task<bool> ClaimAsync(PlatformDbContext db, long id, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var until = now + options.Value.Lease;
        var claimed = await db.WebhookDeliveries
            .Where(d => d.Id == id && d.Status == WebhookDeliveryStatus.Pending && (d.LeaseUntil == null || d.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.ClaimedBy, Replica).SetProperty(d => d.LeaseUntil, until), ct);
        return claimed == 1;
    }

    private async Task AttemptAsync(PlatformDbContext db, long id, CancellationToken ct)
    {
        var delivery = await db.WebhookDeliveries.AsNoTracking().Include(d => d.Webhook).SingleAsync(d => d.Id == id, ct);
        var hook = delivery.Webhook!;
        var mayReceive = (await clients.AllowedAsync([(hook.ClientId, hook.UnitPath)], ct)).Count == 1;
        var attempt = mayReceive
            ? await poster.PostAsync(hook, delivery, ct)
            : new WebhookAttempt(false, null, "The webhook's client is disabled or no longer reads this unit; nothing was posted.");
        var now = clock.UtcNow;
        var attempts = delivery.Attempts + 1;
        var gaveUp = !attempt.Succeeded && (attempts >= options.Value.MaxAttempts || !mayReceive);
        var status = attempt.Succeeded ? WebhookDeliveryStatus.Succeeded : gaveUp ? WebhookDeliveryStatus.Failed : WebhookDeliveryStatus.Pending;
        DateTime? next = status == WebhookDeliveryStatus.Pending ? now + options.Value.DelayAfter(attempts) : null;

        // The attempt's result and the hook's failure count change together: no statement reads a
        // delivery given up on while its hook is still counted as healthy, and a crash between
        // the two cannot lose a failure. (A GraphQL request reads the hook and its deliveries in
        // separate statements, which may fall on either side of this commit.)
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var recorded = await db.WebhookDeliveries.Where(d => d.Id == id && d.ClaimedBy == Replica).ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, status)
                .SetProperty(d => d.Attempts, attempts)
                .SetProperty(d => d.LastAttemptAt, now)
                .SetProperty(d => d.LastStatusCode, attempt.StatusCode)
                .SetProperty(d => d.LastError, attempt.Error)
                .SetProperty(d => d.NextAttemptAt, next)
                .SetProperty(d => d.ClaimedBy, (string?)null)
                .SetProperty(d => d.LeaseUntil, (DateTime?)null), ct);
            if (recorded == 1 && attempt.Succeeded)
            {
                await db.Webhooks.Where(w => w.Id == delivery.WebhookId && w.ConsecutiveFailures != 0)
                    .ExecuteUpdateAsync(s => s.SetProperty(w => w.ConsecutiveFailures, 0), ct);
            }
            else if (recorded == 1 && gaveUp)
            {
                await FailedAsync(db, delivery.WebhookId, now, ct);
            }

            await transaction.CommitAsync(ct);
        });
    }

    private async Task FailedAsync(PlatformDbContext db, int hookId, DateTime now, CancellationToken ct)
    {
        await db.Webhooks.Where(w => w.Id == hookId)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.ConsecutiveFailures, w => w.ConsecutiveFailures + 1), ct);
        var limit = options.Value.DisableAfterFailures;
        await db.Webhooks.Where(w => w.Id == hookId && w.Enabled && w.ConsecutiveFailures >= limit)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.Enabled, false).SetProperty(w => w.DisabledAt, now), ct);
    }
}

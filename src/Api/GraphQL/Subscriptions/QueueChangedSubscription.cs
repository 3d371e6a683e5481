using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Cases;
using Platform.Api.Live;
using Platform.Data;

namespace Platform.Api.GraphQL.Subscriptions;

/// <summary>
/// <c>queueChanged(kind)</c>: a change of a case that is in the queue after it, or was in it
/// before. The cases in the queue are remembered (up to <see cref="LiveOptions.MaxRememberedCases"/>)
/// from the start and after each change, so that a case leaving the queue is told once more.
/// </summary>
public sealed class QueueChangedSubscription(CaseQueueKind kind, CaseQueueHolder holder, IEnumerable<int> inQueue, int remember) : ILiveSubscription
{
    private readonly HashSet<int> _known = [.. inQueue];

    public async Task<LiveDelivery?> MatchAsync(IServiceProvider services, LiveNotice notice, CancellationToken ct)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContextAsync(ct);
        var predicate = CaseQueues.For(kind, holder, CaseDeadlines.Now(services), CaseDeadlines.DueSoonDays(services));
        var isIn = await db.Cases.Where(c => c.Id == notice.CaseId).AnyAsync(predicate, ct);
        var wasIn = _known.Contains(notice.CaseId);
        if (!isIn && !wasIn)
        {
            return null;
        }

        if (isIn)
        {
            if (_known.Count < remember)
            {
                _known.Add(notice.CaseId);
            }

            return new LiveDelivery(new QueueChange(kind, holder, notice.CaseId, null));
        }

        _known.Remove(notice.CaseId);
        var stillVisible = await db.Cases.AnyAsync(c => c.Id == notice.CaseId, ct);
        return new LiveDelivery(new QueueChange(kind, holder, null, stillVisible ? notice.CaseId : null));
    }
}

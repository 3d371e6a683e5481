using Microsoft.EntityFrameworkCore;
using Platform.Api.Live;
using Platform.Data;

namespace Platform.Api.GraphQL.Subscriptions;

/// <summary><c>caseChanged(id)</c> and <c>caseEventAdded(caseId)</c>: each change of one case the subscriber can see after it.</summary>
public sealed class CaseChangedSubscription(int caseKey, bool events) : ILiveSubscription
{
    public async Task<LiveDelivery?> MatchAsync(IServiceProvider services, LiveNotice notice, CancellationToken ct)
    {
        if (notice.CaseId != caseKey)
        {
            return null;
        }

        await using var db = await services.GetRequiredService<IDbContextFactory<PlatformDbContext>>().CreateDbContextAsync(ct);
        return events
            ? await db.CaseEvents.AnyAsync(e => e.Id == notice.CaseEventId, ct) ? new LiveDelivery(notice.CaseEventId) : null
            : await db.Cases.AnyAsync(c => c.Id == caseKey, ct) ? new LiveDelivery(caseKey) : null;
    }
}

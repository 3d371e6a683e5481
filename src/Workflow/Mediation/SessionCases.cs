using Microsoft.EntityFrameworkCore;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Workflow.Cases;
using Platform.Workflow.Common;

namespace Platform.Workflow.Mediation;

/// <summary>
/// The timeline of a session's case: scheduling and recording append their entry and move the
/// case's version, as one atomic increment (never read-increment-write, so no unrelated
/// conflict reaches the caller), in the transaction of the session's change.
/// </summary>
public static class SessionCases
{
    /// <summary>
    /// Records <paramref name="kind"/> on the case of <paramref name="caseId"/>. The case is
    /// reached without the tenant filter on purpose: a recorder allowed to complete the session
    /// (e.g. an elder of its workroom) may not see its case (README "Mediation sessions"), yet the
    /// case's timeline must show the outcome. Only the case's key, owner path and version are
    /// touched; nothing about the case is returned to the caller.
    /// </summary>
    public static async Task RecordAsync(Change change, int caseId, CaseEventKind kind, string? note, object data)
    {
        if (change.Db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A session's change and its case's entry belong together: record it inside InTransactionAsync.");
        }

        var cases = change.Db.Cases.IgnoreQueryFilters([PlatformDbContext.TenantFilter]).Where(c => c.Id == caseId);
        var ownerPath = await cases.Select(c => c.OwnerPath).SingleAsync(change.CancellationToken);
        await cases.ExecuteUpdateAsync(s => s.SetProperty(c => c.Version, c => c.Version + 1), change.CancellationToken);
        CaseTimeline.Append(change, caseId, ownerPath, kind, note, data);
    }
}

using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Meetings;

public static class MeetingDataLoaders
{
    /// <summary>The units attending each meeting at a level: two commands for all of them (the attendance, then the units).</summary>
    public static IDataLoaderResult<IReadOnlyList<Unit>> AttendingUnits(IResolveFieldContext context, int meetingId, IComplexGraphType unitType)
    {
        var columns = SelectionCollector.Columns(context, unitType);
        columns.Add(nameof(Unit.Id));
        var key = $"Meeting/AttendingUnits/{string.Join(',', columns.Order(StringComparer.Ordinal))}";
        var loader = EntityLoaders.Scope(context).GetOrAdd(key, () => new GroupLoader<int, Unit>((ids, ct) =>
            EntityLoaders.FetchAsync(context, async db =>
            {
                var list = ids.ToList();

                // Only meetings the caller sees: attendance rows are read through them.
                var rows = await db.MeetingAttendees.AsNoTracking()
                    .Where(a => list.Contains(a.MeetingId) && db.Meetings.Any(m => m.Id == a.MeetingId))
                    .OrderBy(a => a.Id)
                    .Select(a => new { a.MeetingId, a.UnitId })
                    .ToListAsync(ct);
                var unitIds = rows.Select(r => r.UnitId).Distinct().ToList();
                var units = await db.Units.AsNoTracking().Where(EntityLoaders.In<Unit>(nameof(Unit.Id), unitIds)).Project(columns).ToListAsync(ct);
                var byId = units.ToDictionary(u => u.Id);
                return rows.Where(r => byId.ContainsKey(r.UnitId)).ToLookup(r => r.MeetingId, r => byId[r.UnitId]);
            })));
        return loader.Load(meetingId);
    }

    /// <summary>The status of each decision's case, as far as the caller sees the case; one command per level.</summary>
    public static IDataLoaderResult<CaseStatus?> CaseStatus(IResolveFieldContext context, int caseId)
    {
        var loader = EntityLoaders.Scope(context).GetOrAdd("MeetingDecision/CaseStatus", () => new BatchLoader<int, CaseStatus?>((ids, ct) =>
            EntityLoaders.FetchAsync(context, async db =>
            {
                var list = ids.ToList();
                var rows = await db.Cases.AsNoTracking().Where(c => list.Contains(c.Id)).Select(c => new { c.Id, c.Status }).ToListAsync(ct);
                return (IReadOnlyDictionary<int, CaseStatus?>)rows.ToDictionary(r => r.Id, r => (CaseStatus?)r.Status);
            })));
        return loader.Load(caseId).Then(status => status);
    }
}

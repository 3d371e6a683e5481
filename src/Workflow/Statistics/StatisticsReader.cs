using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Data.Tenancy;

namespace Platform.Workflow.Statistics;

/// <summary>
/// Reads the figures of a unit's subtree with a fixed number of grouped queries (units, cases,
/// verifications, declines, shares, sessions, suggestions), however many records and periods
/// there are: the database groups by period, owner path and the dimensions, and the groups are
/// summed per unit in memory. Every query goes through the tenant-filtered sets; the subtree is
/// a range on the owner path.
/// </summary>
/// <param name="readsAnswers">Whether the reader may read the internal answers of suggestions owned at a path (statistics fold the rest as answer visibility does).</param>
public sealed partial class StatisticsReader(PlatformDbContext db, StatsPeriods periods, DateTime now, Func<string, bool> readsAnswers)
{
    private readonly Dictionary<string, StatsTally>[] byPeriod =
        Enumerable.Range(0, periods.Count).Select(_ => new Dictionary<string, StatsTally>(StringComparer.Ordinal)).ToArray();

    private DateTime From => periods.From;

    private DateTime To => periods.To;

    /// <summary>One snapshot per period for <paramref name="unitId"/>'s subtree, or null when the unit is not in the caller's scope (rule 1).</summary>
    public async Task<(Unit Unit, IReadOnlyList<StatsSnapshot> Snapshots)?> ReadAsync(int unitId, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null || !db.Tenant.Contains(unit.Path))
        {
            return null;
        }

        // The same half-open range the tenant filters use, so each query seeks on the owner path index.
        var subtree = TenantScope.For(unit.Path);
        var (lo, hi) = (subtree.From, subtree.To);
        var units = await db.Units.AsNoTracking()
            .Where(u => string.Compare(u.Path, lo) >= 0 && string.Compare(u.Path, hi) < 0)
            .ToListAsync(ct);

        var cases = db.Cases.AsNoTracking().Where(c =>
            string.Compare(c.OwnerPath, lo) >= 0 && string.Compare(c.OwnerPath, hi) < 0
            && c.RegisteredAt >= From && c.RegisteredAt < To);
        await ReadCasesAsync(cases, ct);
        await ReadVerificationsAsync(cases, ct);
        await ReadDeclinesAsync(cases, ct);
        await ReadSharesAsync(cases, ct);
        await ReadSessionsAsync(lo, hi, ct);
        await ReadSuggestionsAsync(lo, hi, ct);
        var snapshots = byPeriod
            .Select((tallies, i) => new StatsSnapshot(periods.Boundaries[i], periods.Boundaries[i + 1], units, tallies))
            .ToList();
        return (unit, snapshots);
    }

    private async Task ReadCasesAsync(IQueryable<Case> cases, CancellationToken ct)
    {
        var groups = await Grouped(cases
            .GroupBy(c => new { Period = PeriodKey.Of(c.RegisteredAt), c.OwnerPath, c.Channel, c.Category, c.Status })
            .Select(g => new
            {
                g.Key.Period, g.Key.OwnerPath, g.Key.Channel, g.Key.Category, g.Key.Status,
                Cases = g.Count(),
                Persons = g.Sum(c => c.Headcount),
                Accepted = g.Count(c => c.AcceptedAt != null),
                AcceptedOnTime = g.Count(c => c.AcceptedAt != null && c.AcceptedAt <= c.AcceptDueAt),
                Resolved = g.Count(c => c.ResolvedAt != null),
                ResolvedOnTime = g.Count(c => c.ResolvedAt != null && c.ResolveDueAt != null && c.ResolvedAt <= c.ResolveDueAt),
                CitizenRated = g.Count(c => c.CitizenSatisfaction != null),
                CitizenSatisfied = g.Count(c => c.CitizenSatisfaction == Satisfaction.Satisfied || c.CitizenSatisfaction == Satisfaction.BasicallySatisfied),
                // Still waiting for acceptance or a decline past the acceptance deadline.
                UnansweredPastDue = g.Count(c => c.Status == CaseStatus.Registered && c.AcceptDueAt < now),
                Repeats = g.Count(c => c.PrimaryCaseId != null),
                // Open cases past the deadline that applies in their state now.
                OverdueNow = g.Count(c =>
                    (c.Status == CaseStatus.Registered && c.AcceptDueAt < now)
                    || ((c.Status == CaseStatus.Accepted || c.Status == CaseStatus.InProgress) && c.ResolveDueAt != null && c.ResolveDueAt < now)),
            }), ct);

        foreach (var g in groups)
        {
            var t = Tally(g.Period, g.OwnerPath);
            t.Cases += g.Cases;
            t.Persons += g.Persons;
            t.ByChannel.Add(g.Channel, g.Cases, g.Persons);
            t.ByCategory.Add(g.Category, g.Cases, g.Persons);
            t.ByStatus.Add(g.Status, g.Cases, g.Persons);
            t.Accepted += g.Accepted;
            t.AcceptedOnTime += g.AcceptedOnTime;
            t.Resolved += g.Resolved;
            t.ResolvedOnTime += g.ResolvedOnTime;
            t.OverdueNow += g.OverdueNow;
            t.UnansweredPastDue += g.UnansweredPastDue;
            t.Repeats += g.Repeats;
            t.CitizenRated += g.CitizenRated;
            t.CitizenSatisfied += g.CitizenSatisfied;
        }
    }

    /// <summary>The query with its period marks replaced, run.</summary>
    private Task<List<T>> Grouped<T>(IQueryable<T> query, CancellationToken ct) => PeriodKey.Expand(query, periods).ToListAsync(ct);

    private StatsTally Tally(int period, string ownerPath) =>
        CollectionsMarshal.GetValueRefOrAddDefault(byPeriod[period], ownerPath, out _) ??= new StatsTally();
}

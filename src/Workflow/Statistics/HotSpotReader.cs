using Microsoft.EntityFrameworkCore;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Data.Tenancy;

namespace Platform.Workflow.Statistics;

/// <summary>
/// Hot spots (分析研判) of a unit's subtree: one grouped query counts the visible cases registered in
/// [from, to) and in the period of the same length before it, per owner path and category; the
/// counts are rolled up into categories and child units in memory. Terms are counted on the search
/// index (one row per case and word, with the case's owner path, registration time and tenant
/// filter), words of two characters or more.
/// </summary>
public sealed class HotSpotReader(PlatformDbContext db, DateTime from, DateTime to)
{
    /// <summary>Shorter words (一字词, mostly particles) are not hot spots.</summary>
    public const int MinTermLength = 2;

    public DateTime PreviousFrom { get; } = from - (to - from);

    /// <summary>The hot spots, or null when the unit is not in the caller's scope (rule 1).</summary>
    public async Task<HotSpots?> ReadAsync(int unitId, int minCount, int first, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null || !db.Tenant.Contains(unit.Path))
        {
            return null;
        }

        var subtree = TenantScope.For(unit.Path);
        var (lo, hi) = (subtree.From, subtree.To);
        var children = await db.Units.AsNoTracking().Where(u => u.ParentId == unit.Id).ToListAsync(ct);
        var previousFrom = PreviousFrom;
        var groups = await db.Cases.AsNoTracking()
            .Where(c => string.Compare(c.OwnerPath, lo) >= 0 && string.Compare(c.OwnerPath, hi) < 0
                && c.RegisteredAt >= previousFrom && c.RegisteredAt < to)
            .GroupBy(c => new { c.OwnerPath, c.Category, Current = c.RegisteredAt >= from })
            .Select(g => new { g.Key.OwnerPath, g.Key.Category, g.Key.Current, Cases = g.Count() })
            .ToListAsync(ct);

        var terms = await db.CaseTerms.AsNoTracking()
            .Where(t => string.Compare(t.OwnerPath, lo) >= 0 && string.Compare(t.OwnerPath, hi) < 0
                && t.RegisteredAt >= previousFrom && t.RegisteredAt < to && t.Term.Length >= MinTermLength)
            .GroupBy(t => new { t.Term, Current = t.RegisteredAt >= from })
            .Select(g => new { g.Key.Term, g.Key.Current, Cases = g.Count() })
            .ToListAsync(ct);

        var categories = Enum.GetValues<CaseCategory>().Select(category => new HotSpot<CaseCategory>(
            category,
            groups.Where(g => g.Category == category && g.Current).Sum(g => g.Cases),
            groups.Where(g => g.Category == category && !g.Current).Sum(g => g.Cases)));
        var units = children.Select(child => new HotSpot<Unit>(
            child,
            groups.Where(g => g.Current && g.OwnerPath.StartsWith(child.Path, StringComparison.Ordinal)).Sum(g => g.Cases),
            groups.Where(g => !g.Current && g.OwnerPath.StartsWith(child.Path, StringComparison.Ordinal)).Sum(g => g.Cases)));
        return new HotSpots(
            previousFrom, from, to,
            HotSpots.Rank(categories, minCount, first, c => (int)c),
            HotSpots.Rank(units, minCount, first, u => u.Path, StringComparer.Ordinal),
            HotSpots.Rank(
                terms.GroupBy(t => t.Term).Select(g => new HotSpot<string>(
                    g.Key, g.Where(t => t.Current).Sum(t => t.Cases), g.Where(t => !t.Current).Sum(t => t.Cases))),
                minCount, first, t => t, StringComparer.Ordinal));
    }
}

using Microsoft.EntityFrameworkCore;
using Platform.Data;
using Platform.Data.Tenancy;

namespace Platform.Api.GraphQL.Cases;

/// <summary>
/// The units whose work a queue covers. Grids (网格) and other units without accounts cannot act
/// for themselves, so their work is done by the nearest unit above them that has accounts: with
/// <see cref="CaseQueueScope.Own"/>, a unit's queues cover itself and every descendant reached
/// without passing a unit that has accounts. Every case handled anywhere therefore sits in the
/// own queues of exactly one unit with accounts.
/// </summary>
public static class CaseQueueUnits
{
    /// <summary>The paths covered by the queues of the unit at <paramref name="unitPath"/>, in one command.</summary>
    public static async Task<IReadOnlyList<string>> PathsAsync(PlatformDbContext db, string unitPath, CaseQueueScope scope, CancellationToken ct)
    {
        if (scope == CaseQueueScope.Unit)
        {
            return [unitPath];
        }

        // The unit tree is the directory every principal reads (DESIGN §4 rule 3); of the
        // accounts only whether a unit has any is read.
        var units = await db.Units.AsNoTracking()
            .Where(u => u.Path.StartsWith(unitPath))
            .Select(u => new { u.Path, HasAccounts = db.Users.Any(a => a.UnitId == u.Id && a.DeactivatedAt == null) })
            .ToListAsync(ct);
        if (scope == CaseQueueScope.Subtree)
        {
            return units.Select(u => u.Path).ToList();
        }

        return Covered(unitPath, units.ToDictionary(u => u.Path, u => u.HasAccounts));
    }

    /// <summary>The unit itself, and each descendant whose parent is covered and which has no accounts.</summary>
    public static IReadOnlyList<string> Covered(string unitPath, IReadOnlyDictionary<string, bool> hasAccounts)
    {
        var covered = new HashSet<string>(StringComparer.Ordinal) { unitPath };
        foreach (var path in hasAccounts.Keys.Where(p => p != unitPath).OrderBy(p => p.Length))
        {
            if (!hasAccounts[path] && UnitPath.Parent(path) is { } parent && covered.Contains(parent))
            {
                covered.Add(path);
            }
        }

        return covered.Order(StringComparer.Ordinal).ToList();
    }
}

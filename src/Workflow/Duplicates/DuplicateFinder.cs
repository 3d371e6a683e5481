using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Data;

namespace Platform.Workflow.Duplicates;

/// <summary>
/// Lists the visible cases registered within the window before or after a case that may repeat it:
/// the same petitioner first (a petitioner's ID number or phone hash in common), then similar text
/// (sharing most of its indexed words). Every read is on the caller's tenant-filtered context, so a
/// repeat in a unit the caller cannot see is never listed.
/// </summary>
public sealed class DuplicateFinder(IOptions<DuplicatePolicy> policy)
{
    public async Task<IReadOnlyList<PossibleDuplicate>?> FindAsync(PlatformDbContext db, int caseId, CancellationToken ct)
    {
        var options = policy.Value;
        var registeredAt = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => (DateTime?)c.RegisteredAt).SingleOrDefaultAsync(ct);
        if (registeredAt is not { } at)
        {
            return null;
        }

        var (from, to) = (at.AddDays(-options.WindowDays), at.AddDays(options.WindowDays));
        var window = db.Cases.AsNoTracking().Where(c => c.Id != caseId && c.RegisteredAt >= from && c.RegisteredAt <= to);

        var mine = db.Petitioners.Where(p => p.CaseId == caseId);
        var idHashes = mine.Where(p => p.IdNumberHash != null).Select(p => p.IdNumberHash);
        var phoneHashes = mine.Where(p => p.PhoneHash != null).Select(p => p.PhoneHash);
        var samePetitioner = await window
            .Where(c => c.Petitioners.Any(p => idHashes.Contains(p.IdNumberHash) || phoneHashes.Contains(p.PhoneHash)))
            .OrderByDescending(c => c.RegisteredAt)
            .Select(c => c.Id)
            .Take(options.MaxListed)
            .ToListAsync(ct);

        var words = db.CaseTerms.Where(t => t.CaseId == caseId).Select(t => t.Term).Distinct();
        var needed = (int)Math.Ceiling(await words.CountAsync(ct) * options.SimilarTextShare);
        var similar = needed == 0 ? [] : await (
                from c in window
                join s in db.CaseTerms.Where(t => words.Contains(t.Term)).GroupBy(t => t.CaseId)
                        .Where(g => g.Select(t => t.Term).Distinct().Count() >= needed)
                        .Select(g => g.Key)
                    on c.Id equals s
                orderby c.RegisteredAt descending
                select c.Id)
            .Take(options.MaxListed)
            .ToListAsync(ct);

        return samePetitioner.Select(id => new PossibleDuplicate(id, DuplicateReason.SamePetitioner))
            .Concat(similar.Except(samePetitioner).Select(id => new PossibleDuplicate(id, DuplicateReason.SimilarText)))
            .Take(options.MaxListed)
            .ToList();
    }
}

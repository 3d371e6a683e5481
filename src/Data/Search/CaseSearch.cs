using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;

namespace Platform.Data;

/// <summary>
/// Full-text search over the index in the database: the cases that contain every word of the
/// query, ranked by how often the words occur, newest first among equals. The index is joined
/// under the tenant-filtered <see cref="PlatformDbContext.Cases"/>, so the database returns only
/// cases the reader may see; nothing is filtered afterwards.
/// </summary>
public static class CaseSearch
{
    public static IQueryable<CaseSearchHit> Matching(PlatformDbContext db, IReadOnlyList<string> words)
    {
        var count = words.Count;
        var scores = db.CaseTerms
            .Where(t => words.Contains(t.Term))
            .GroupBy(t => t.CaseId)
            .Where(g => g.Select(t => t.Term).Distinct().Count() == count)
            .Select(g => new { CaseId = g.Key, Score = g.Sum(t => t.Count) });
        return from c in db.Cases
               join s in scores on c.Id equals s.CaseId
               orderby s.Score descending, c.RegisteredAt descending, c.Id descending
               select new CaseSearchHit(c.Id, s.Score);
    }

    /// <summary>One page of hits and how many there are in all.</summary>
    public static async Task<(IReadOnlyList<CaseSearchHit> Hits, int Total)> PageAsync(
        PlatformDbContext db, IReadOnlyList<string> words, int offset, int limit, CancellationToken ct)
    {
        if (words.Count == 0)
        {
            return ([], 0);
        }

        var query = Matching(db, words).AsNoTracking();
        var hits = await query.Skip(offset).Take(limit).ToListAsync(ct);
        return (hits, await query.CountAsync(ct));
    }
}

using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;

namespace Platform.Data;

/// <summary>
/// Full-text search over the index in the database: the cases that contain every word of the
/// query, ranked by how often the words occur, newest first among equals. The index rows carry the
/// tenant filter themselves (<see cref="PlatformDbContext.CaseTerms"/>), so the database reads only
/// rows of cases the reader may see; nothing is filtered afterwards.
/// <para>
/// The query is driven from the rarest word in the reader's scope (counted first, up to
/// <see cref="FrequencyCap"/>): its rows are one seek on the word index, and each of them probes
/// the other words by the index key (case, word) in a join the planner cannot turn around (the
/// rarest word's case id is compared only as an expression). The cost follows the rarest word,
/// not the scope or the common words.
/// </para>
/// </summary>
public static class CaseSearch
{
    /// <summary>How far a word's rows are counted to find the rarest: beyond it, words are all as common.</summary>
    public const int FrequencyCap = 2_000;

    /// <summary>
    /// The visible cases containing every word, best first; <paramref name="words"/>[0] drives the query.
    /// <paramref name="among"/>, when given, narrows the hits to those cases (a filter over <see cref="PlatformDbContext.Cases"/>).
    /// </summary>
    public static IQueryable<CaseSearchHit> Matching(PlatformDbContext db, IReadOnlyList<string> words, IQueryable<Case>? among = null) =>
        Scored(db, words, among)
            .OrderByDescending(h => h.Score).ThenByDescending(h => h.RegisteredAt).ThenByDescending(h => h.CaseId)
            .Select(h => new CaseSearchHit(h.CaseId, h.Score));

    /// <summary>One page of hits, among <paramref name="among"/> when given, and how many there are in all.</summary>
    public static async Task<(IReadOnlyList<CaseSearchHit> Hits, int Total)> PageAsync(
        PlatformDbContext db, IReadOnlyList<string> words, int offset, int limit, IQueryable<Case>? among, CancellationToken ct)
    {
        var ordered = await RarestFirstAsync(db, words, ct);
        if (ordered is null)
        {
            return ([], 0);
        }

        var hits = await Matching(db, ordered, among).AsNoTracking().Skip(offset).Take(limit).ToListAsync(ct);
        var total = hits.Count < limit && (offset == 0 || hits.Count > 0)
            ? offset + hits.Count
            : await Scored(db, ordered, among).CountAsync(ct);
        return (hits, total);
    }

    /// <summary>The words, rarest in the reader's scope first; null when one of them occurs in no visible case.</summary>
    public static async Task<IReadOnlyList<string>?> RarestFirstAsync(PlatformDbContext db, IReadOnlyList<string> words, CancellationToken ct)
    {
        if (words.Count == 0)
        {
            return null;
        }

        var frequencies = new List<(string Word, int Count)>();
        foreach (var word in words)
        {
            var count = await db.CaseTerms.Where(t => t.Term == word).Take(FrequencyCap).CountAsync(ct);
            if (count == 0)
            {
                return null;
            }

            frequencies.Add((word, count));
        }

        return [.. frequencies.OrderBy(f => f.Count).Select(f => f.Word)];
    }

    private static IQueryable<ScoredRow> Scored(PlatformDbContext db, IReadOnlyList<string> words, IQueryable<Case>? among)
    {
        var rarest = words[0];
        var rows = db.CaseTerms.Where(t => t.Term == rarest)
            .Select(t => new ScoredRow { CaseId = t.CaseId, RegisteredAt = t.RegisteredAt, Score = t.Count });
        foreach (var other in words.Skip(1))
        {
            // "+ 0" keeps the rarest word's case id off every index, so that its rows can only be
            // the outer loop and each other word is a probe on the key (case, word).
            rows = rows.Join(
                db.CaseTerms.Where(o => o.Term == other),
                h => h.CaseId + 0,
                o => o.CaseId,
                (h, o) => new ScoredRow { CaseId = h.CaseId, RegisteredAt = h.RegisteredAt, Score = h.Score + o.Count });
        }

        // A filter is a probe per hit on the case key, after the words have narrowed the rows.
        return among is null ? rows : rows.Where(h => among.Any(c => c.Id == h.CaseId));
    }

    private sealed class ScoredRow
    {
        public int CaseId { get; init; }
        public DateTime RegisteredAt { get; init; }
        public int Score { get; init; }
    }
}

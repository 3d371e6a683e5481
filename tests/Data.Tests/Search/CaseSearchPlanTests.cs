using Microsoft.EntityFrameworkCore;
using Platform.Data.Tests.Infrastructure;

namespace Platform.Data.Tests.Search;

/// <summary>
/// The search's SQL leaves SQLite's planner no bad choice, with or without statistics: the
/// rarest word's rows are a seek on the word (and the scope's owner paths), the other words are
/// probed by the index key, and no plan reads the index rows of another word or the cases table,
/// nor probes the word for every case shared into the scope (a MULTI-INDEX OR).
/// The statistics are those ANALYZE writes for a large database (about a million cases), injected.
/// </summary>
public sealed class CaseSearchPlanTests : IDisposable
{
    private const string WordIndex = "IX_CaseTerms_Term_OwnerPath_RegisteredAt_CaseId_Count";

    private static readonly string[] Words = ["物流园区", "拖欠", "工资"];

    private readonly SqliteTestDatabase database = new();

    public static TheoryData<string, bool> Scopes => new()
    {
        { "/sh/", false }, { "/sh/", true },
        { "/sh/putuo/", false }, { "/sh/putuo/", true },
        { "/sh/putuo/taopu/loupu/", false }, { "/sh/putuo/taopu/loupu/", true },
    };

    [Theory]
    [MemberData(nameof(Scopes))]
    public void SearchPage_Should_SeekTheRarestWord_AndProbeTheOthersByKey(string scope, bool statistics)
    {
        // arrange
        using var db = database.Create(scope);
        if (statistics)
        {
            LargeDatabaseStatistics.Inject(db);
        }

        // act
        var plan = QueryPlan.Of(db, CaseSearch.Matching(db, Words).Skip(0).Take(10));

        // assert
        var text = string.Join("\n", plan);
        Assert.DoesNotContain(plan, p => p.Contains("SCAN", StringComparison.Ordinal) && p.Contains("CaseTerms", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, p => p.Contains(" Cases", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, p => p.Contains("MULTI-INDEX OR", StringComparison.Ordinal));
        Assert.True(plan.Any(p => p.Contains(WordIndex + " (Term=?", StringComparison.Ordinal)), text);
        Assert.True(plan.Count(p => p.Contains("sqlite_autoindex_CaseTerms_1 (CaseId=? AND Term=?)", StringComparison.Ordinal)) >= 2, text);
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public void WordFrequency_Should_SeekTheWord(string scope, bool statistics)
    {
        // arrange
        using var db = database.Create(scope);
        if (statistics)
        {
            LargeDatabaseStatistics.Inject(db);
        }

        // act
        var plan = QueryPlan.Of(db, db.CaseTerms.Where(t => t.Term == "工资").Take(CaseSearch.FrequencyCap));

        // assert
        Assert.DoesNotContain(plan, p => p.Contains("SCAN", StringComparison.Ordinal) && p.Contains("CaseTerms", StringComparison.Ordinal));
        Assert.True(plan.Any(p => p.Contains(WordIndex + " (Term=?", StringComparison.Ordinal)), string.Join("\n", plan));
    }

    public void Dispose() => database.Dispose();
}

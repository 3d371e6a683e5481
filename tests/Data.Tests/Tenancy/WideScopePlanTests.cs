using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Data.Tests.Infrastructure;

namespace Platform.Data.Tests.Tenancy;

/// <summary>
/// The planner's choices with the statistics of a 1M-case database (the bench's, as ANALYZE
/// writes them): the city (the root scope, which carries no visibility test) walks its newest
/// cases from an index and counts without touching rows, and a committee's page still seeks on
/// its owner path.
/// </summary>
public sealed class WideScopePlanTests : IDisposable
{
    internal const string Statistics = """
        ANALYZE;
        DELETE FROM sqlite_stat1;
        INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
            ('Cases', 'IX_Cases_Status_OwnerPath', '1000000 125000 25'),
            ('Cases', 'IX_Cases_Status_RegisteredAt', '1000000 125000 2'),
            ('Cases', 'IX_Cases_RegisteredAt', '1000000 2'),
            ('Cases', 'IX_Cases_OwnerPath_RegisteredAt', '1000000 198 1'),
            ('Cases', 'IX_Cases_HandlingPath_Status_OwnerPath', '1000000 198 25 11'),
            ('Cases', 'IX_Cases_Number', '1000000 1'),
            ('Cases', 'IX_Cases_OwnerUnitId', '1000000 198'),
            ('Cases', 'IX_Cases_HandlingUnitId', '1000000 198'),
            ('Cases', 'IX_Cases_LeaderOwnerId', '1000000 6400'),
            ('CaseShares', 'IX_CaseShares_TargetPath_OwnerPath_CaseId', '207501 41 2 1'),
            ('CaseShares', 'IX_CaseShares_CaseId', '207501 1'),
            ('CaseShares', 'IX_CaseShares_OwnerPath', '207501 41');
        ANALYZE sqlite_schema;
        """;

    private readonly SqliteTestDatabase database = new();

    public WideScopePlanTests()
    {
        using var db = database.Create("/sh/");
        db.Database.ExecuteSqlRaw(Statistics);
    }

    [Fact]
    public void CityOpenCasesCount_Should_Count_FromTheStatusIndex()
    {
        // arrange
        using var db = database.Create("/sh/");

        // act
        var plan = QueryPlans.Explain(db, OpenCases(db).Select(c => c.Id).ToQueryString().Replace("SELECT \"c\".\"Id\"", "SELECT COUNT(*)", StringComparison.Ordinal));

        // assert
        Assert.DoesNotContain(plan, QueryPlans.IsFullScan);
        Assert.Contains(plan, p => p.Contains("COVERING INDEX IX_Cases_Status_", StringComparison.Ordinal) && p.Contains("(Status=?)", StringComparison.Ordinal));
    }

    [Fact]
    public void CityOpenCasesPage_Should_Walk_TheNewestOpenCases_FromAnIndex()
    {
        // arrange
        using var db = database.Create("/sh/");

        // act
        var plan = QueryPlans.Explain(db, OpenCases(db).OrderByDescending(c => c.RegisteredAt).ThenByDescending(c => c.Id).Select(c => c.Id).Take(21).ToQueryString());

        // assert
        Assert.DoesNotContain(plan, QueryPlans.IsFullScan);
        Assert.Contains(plan, p => p.Contains("COVERING INDEX IX_Cases_Status_RegisteredAt (Status=?)", StringComparison.Ordinal));
    }

    [Fact]
    public void CityOpenCasesPage_Should_Walk_TheIndex_WithTheStatusesAsOneListParameter()
    {
        // arrange: the statuses as the cases filter's `in` sends them, one JSON parameter
        using var db = database.Create("/sh/");
        var open = new List<CaseStatus> { CaseStatus.Accepted, CaseStatus.InProgress };

        // act
        var sql = db.Cases.Where(c => open.Contains(c.Status)).OrderByDescending(c => c.RegisteredAt).ThenByDescending(c => c.Id).Select(c => c.Id).Take(21).ToQueryString();
        var plan = QueryPlans.Explain(db, sql);

        // assert
        Assert.Contains("json_each", sql, StringComparison.Ordinal);
        Assert.DoesNotContain(plan, QueryPlans.IsFullScan);
        Assert.Contains(plan, p => p.Contains("COVERING INDEX IX_Cases_Status_RegisteredAt (Status=?)", StringComparison.Ordinal));
    }

    [Fact]
    public void CityCasesPage_Should_Walk_TheNewestCases_WithoutSorting()
    {
        // arrange
        using var db = database.Create("/sh/");

        // act
        var plan = QueryPlans.Explain(db, db.Cases.OrderByDescending(c => c.RegisteredAt).ThenByDescending(c => c.Id).Select(c => new { c.Id, c.Title }).Take(21).ToQueryString());

        // assert
        Assert.DoesNotContain(plan, QueryPlans.IsFullScan);
        Assert.Contains(plan, p => p.Contains("IX_Cases_RegisteredAt", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, p => p.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    [Fact]
    public void CommitteePage_Should_Seek_TheOwnerPath()
    {
        // arrange
        using var db = database.Create("/sh/putuo/taopu/loupu/");

        // act
        var plan = QueryPlans.Explain(db, db.Cases.OrderByDescending(c => c.RegisteredAt).ThenBy(c => c.Id).Select(c => c.Id).Take(21).ToQueryString());

        // assert
        Assert.DoesNotContain(plan, QueryPlans.IsFullScan);
        Assert.Contains(plan, p => p.Contains("IX_Cases_OwnerPath_RegisteredAt (OwnerPath>? AND OwnerPath<?)", StringComparison.Ordinal));
        Assert.Contains(plan, p => p.Contains("IX_CaseShares_TargetPath_OwnerPath_CaseId (TargetPath>? AND TargetPath<?)", StringComparison.Ordinal));
    }

    public void Dispose() => database.Dispose();

    private static IQueryable<Case> OpenCases(PlatformDbContext db) =>
        db.Cases.Where(c => c.Status == CaseStatus.Accepted || c.Status == CaseStatus.InProgress);
}

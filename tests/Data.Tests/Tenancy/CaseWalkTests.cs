using Microsoft.EntityFrameworkCore;
using Platform.Data.Tenancy;
using Platform.Data.Tests.Infrastructure;

namespace Platform.Data.Tests.Tenancy;

/// <summary>
/// A wide scope's page of cases walks the registration-date index on SQLite when that reads fewer
/// rows than collecting the scope's cases (the planner's choices with a 1M-case database's statistics).
/// </summary>
public sealed class CaseWalkTests : IDisposable
{
    private const string Township = "/sh/putuo/taopu/";

    private readonly SqliteTestDatabase database = new();

    public CaseWalkTests()
    {
        using var db = database.Create("/sh/");
        db.Database.ExecuteSqlRaw(WideScopePlanTests.Statistics);
    }

    [Fact]
    public void WalkingPage_Should_Read_TheRegistrationIndex_InOrder()
    {
        // arrange
        using var db = database.Create(Township);
        db.WalksCases = true;

        // act
        var sql = Page(db).ToQueryString();
        var plan = QueryPlans.Explain(db, sql);

        // assert
        Assert.Contains("\"OwnerPath\" || ''", sql, StringComparison.Ordinal);
        Assert.Contains(plan, p => p.Contains("IX_Cases_RegisteredAt", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, p => p.Contains("TEMP B-TREE", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, QueryPlans.IsFullScan);
    }

    [Fact]
    public void SeekingPage_Should_Test_TheOwnerRange_OnItsIndex()
    {
        // arrange
        using var db = database.Create(Township);

        // act
        var sql = Page(db).ToQueryString();

        // assert
        Assert.DoesNotContain("||", sql, StringComparison.Ordinal);
        Assert.Contains("\"c\".\"OwnerPath\" >= ", sql, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1_000_000, 7_254, 21, true)]
    [InlineData(1_000_000, 71_000, 21, true)]
    [InlineData(1_000_000, 455, 21, false)]
    [InlineData(1_000_000, 7_254, 201, false)]
    [InlineData(0, 7_254, 21, false)]
    public void Walk_Should_Pay_OnlyWhenItReads_FewerRows_ThanTheScopeHolds(long tableRows, long inScope, long rowsToRead, bool expected)
    {
        // arrange
        var walk = new CaseWalk { TableRows = tableRows };

        // act
        var pays = walk.Pays(inScope, rowsToRead);

        // assert
        Assert.Equal(expected, pays);
    }

    [Theory]
    [InlineData(Township, true, true)]
    [InlineData(Township, false, false)]
    [InlineData("/sh/", true, false)]
    public void ChooseCaseWalk_Should_Walk_AWideScope_OrderedByRegistration(string scope, bool byRegistration, bool expected)
    {
        // arrange
        using var db = database.Create(scope);
        db.CaseWalk = new CaseWalk { TableRows = 1_000_000 };
        var query = byRegistration ? Page(db) : db.Cases.OrderBy(c => c.Number).Select(c => c.Id).Take(21);

        // act
        var walks = db.ChooseCaseWalk(query, 7_254, 21);
        db.EndCaseWalk();

        // assert
        Assert.Equal(expected, walks);
        Assert.False(db.WalksCases);
    }

    [Fact]
    public void ChooseCaseWalk_Should_NotBuildTheQuery_WhenTheScopeIsTooNarrowToWalk()
    {
        // arrange
        using var db = database.Create(Township);
        db.CaseWalk = new CaseWalk { TableRows = 1_000_000 };
        var built = 0;

        // act
        var narrow = db.ChooseCaseWalk(() => { built++; return Page(db); }, 24, 21);
        db.EndCaseWalk();
        var wide = db.ChooseCaseWalk(() => { built++; return Page(db); }, 7_254, 21);
        db.EndCaseWalk();

        // assert
        Assert.False(narrow);
        Assert.True(wide);
        Assert.Equal(1, built);
    }

    public void Dispose() => database.Dispose();

    private static IQueryable<int> Page(PlatformDbContext db) =>
        db.Cases.OrderByDescending(c => c.RegisteredAt).ThenByDescending(c => c.Id).Select(c => c.Id).Take(21);
}

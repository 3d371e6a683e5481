using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Data.Seeding;
using Platform.Data.Tenancy;
using Platform.Data.Tests.Infrastructure;

namespace Platform.Data.Tests.Tenancy;

public sealed class TenantFilterTests : IDisposable
{
    private readonly SqliteTestDatabase database = new();

    public TenantFilterTests()
    {
        using var db = database.Create(TenantScope.None);
        DemoDataSeeder.SeedAsync(db, new DateTime(2023, 10, 1, 0, 0, 0, DateTimeKind.Utc)).GetAwaiter().GetResult();
        var units = db.Units.ToDictionary(u => u.Path);
        db.Cases.AddRange(
            NewCase(units["/sh/putuo/taopu/loupu/"], "T-1"),
            NewCase(units["/sh/putuo/taopu/"], "T-2"),
            NewCase(units["/sh/putuo/"], "T-3"),
            NewCase(units["/sh/yangpu/changbai/antu/"], "T-4"),
            NewCase(units["/sh/baoshan/yanghang/"], "T-5"));
        db.SaveChanges();
        var shared = db.Cases.IgnoreQueryFilters().Single(c => c.Number == "T-4");
        db.CaseShares.Add(new CaseShare
        {
            CaseId = shared.Id,
            OwnerPath = shared.OwnerPath,
            Kind = ShareKind.Refer,
            FromUnitId = shared.OwnerUnitId,
            TargetUnitId = units["/sh/putuo/taopu/"].Id,
            TargetPath = "/sh/putuo/taopu/",
        });
        db.SaveChanges();
    }

    [Theory]
    [InlineData("/sh/", new[] { "T-1", "T-2", "T-3", "T-4", "T-5" })]
    [InlineData("/sh/putuo/", new[] { "T-1", "T-2", "T-3", "T-4" })]
    [InlineData("/sh/putuo/taopu/", new[] { "T-1", "T-2", "T-4" })]
    [InlineData("/sh/putuo/taopu/loupu/", new[] { "T-1" })]
    [InlineData("/sh/yangpu/", new[] { "T-4" })]
    [InlineData("/sh/baoshan/", new[] { "T-5" })]
    [InlineData("/sh/pu/", new string[0])]
    public void Scope_Should_See_OwnedAndSharedCases_Only(string scope, string[] expected)
    {
        // arrange
        using var db = database.Create(scope);

        // act
        var numbers = db.Cases.Where(c => c.Number.StartsWith("T-")).Select(c => c.Number).OrderBy(n => n).ToList();

        // assert
        Assert.Equal(expected, numbers);
    }

    [Fact]
    public void ScopesAfterTheRoot_Should_Not_Reuse_TheRootsUnfilteredCommand()
    {
        // arrange
        using var root = database.Create("/sh/");
        using var district = database.Create("/sh/baoshan/");
        using var committee = database.Create("/sh/putuo/taopu/loupu/");

        // act: the same query, in turn, so that later scopes would hit a command cached for the root
        var seenByRoot = Numbers(root);
        var seenByDistrict = Numbers(district);
        var seenByCommittee = Numbers(committee);
        var seenByRootAgain = Numbers(root);

        // assert
        Assert.Equal(["T-1", "T-2", "T-3", "T-4", "T-5"], seenByRoot);
        Assert.Equal(["T-5"], seenByDistrict);
        Assert.Equal(["T-1"], seenByCommittee);
        Assert.Equal(seenByRoot, seenByRootAgain);
    }

    /// <summary>Each scope with each other form of the case filter: a walk, and a probe of the shares.</summary>
    public static TheoryData<string, bool, bool> OtherForms()
    {
        var data = new TheoryData<string, bool, bool>();
        foreach (var scope in new[] { "/sh/putuo/", "/sh/putuo/taopu/", "/sh/putuo/taopu/loupu/", "/sh/yangpu/", "/sh/pu/" })
        {
            data.Add(scope, true, false);
            data.Add(scope, false, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OtherForms))]
    public void AScopeWalkingOrProbing_Should_See_TheSameCases(string scope, bool walks, bool probes)
    {
        // arrange
        using var seeking = database.Create(scope);
        using var other = database.Create(scope);
        other.WalksCases = walks;
        other.ProbesShares = probes;

        // act
        var seen = Numbers(seeking);
        var seenOtherwise = Numbers(other);

        // assert
        Assert.Equal(seen, seenOtherwise);
    }

    [Fact]
    public void ProbingScope_Should_AskEachCasesShares_ByTheShareIndex()
    {
        // arrange
        using var db = database.Create("/sh/putuo/taopu/");
        db.ProbesShares = true;
        var query = db.Cases.Where(c => c.HandlingPath == "/sh/putuo/taopu/");

        // act
        var sql = query.ToQueryString();
        var plan = QueryPlans.Explain(db, sql);
        db.WalksCases = true;
        var walkingSql = query.ToQueryString();

        // assert: a correlated lookup, no list of the scope's shared cases; a walk keeps the list
        Assert.Contains("EXISTS", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Id\" IN (", sql, StringComparison.Ordinal);
        Assert.Contains(plan, p => p.Contains("CORRELATED", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, QueryPlans.IsFullScan);
        Assert.Contains("\"Id\" IN (", walkingSql, StringComparison.Ordinal);
    }

    [Fact]
    public void NoPrincipal_Should_See_NoRecords()
    {
        // arrange
        using var db = database.Create(TenantScope.None);

        // act
        var counts = new[] { db.Cases.Count(), db.CaseShares.Count(), db.Workrooms.Count(), db.Campaigns.Count() };

        // assert
        Assert.All(counts, c => Assert.Equal(0, c));
    }

    [Fact]
    public void CaseVisibility_Should_SeekIndexes_On_Sqlite()
    {
        // arrange
        using var db = database.Create("/sh/putuo/taopu/");
        var sql = db.Cases.ToQueryString();

        // act
        var plan = QueryPlans.Explain(db, sql);

        // assert
        Assert.DoesNotContain(plan, QueryPlans.IsFullScan);
        Assert.Contains(plan, p => p.Contains("IX_Cases_OwnerPath", StringComparison.Ordinal));
        Assert.Contains(plan, p => p.Contains("IX_CaseShares_TargetPath_OwnerPath_CaseId", StringComparison.Ordinal));
    }

    public void Dispose() => database.Dispose();

    private static Case NewCase(Unit unit, string number) => new()
    {
        Number = number,
        Title = number,
        OwnerUnitId = unit.Id,
        OwnerPath = unit.Path,
        HandlingUnitId = unit.Id,
        HandlingPath = unit.Path,
        FirstReceiverId = "x",
        FirstReceiverName = "x",
    };

    private static List<string> Numbers(PlatformDbContext db) =>
        db.Cases.Where(c => c.Number.StartsWith("T-")).OrderBy(c => c.Number).Select(c => c.Number).ToList();
}

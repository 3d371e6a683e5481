using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.Data.Entities;
using Platform.Data.Seeding;
using Platform.Data.Tenancy;
using Platform.Data.Tests.Infrastructure;

namespace Platform.Data.Tests.Search;

/// <summary>The search index keeps the case's visibility (DESIGN §4, rule 1) and follows the case's notes.</summary>
public sealed class CaseSearchTests : IDisposable
{
    private const string Wages = "物流园区 拖欠工资";

    private readonly SqliteTestDatabase database = new();
    private readonly Dictionary<string, int> ids;

    public CaseSearchTests()
    {
        using var db = Indexed(TenantScope.None);
        DemoDataSeeder.SeedAsync(db, new DateTime(2023, 10, 1, 0, 0, 0, DateTimeKind.Utc)).GetAwaiter().GetResult();
        var units = db.Units.ToDictionary(u => u.Path);
        var cases = new[]
        {
            NewCase(units["/sh/putuo/taopu/loupu/"], "S-1", "物流园区拖欠工资", "某物流园区仓库拖欠三名工人工资两个月。"),
            NewCase(units["/sh/yangpu/changbai/antu/"], "S-2", "物流园区外包公司拖欠工资", "安图居民区居民在桃浦物流园区打工，被拖欠工资。"),
            NewCase(units["/sh/baoshan/yanghang/"], "S-3", "物流园区拖欠工资", "杨行镇物流园区拖欠工资，工人集体来访。"),
            NewCase(units["/sh/putuo/taopu/"], "S-4", "夜间施工噪声", "居民反映夜间施工噪声扰民。"),
        };
        db.Cases.AddRange(cases);
        db.SaveChanges();
        db.CaseShares.Add(new CaseShare
        {
            CaseId = cases[1].Id,
            OwnerPath = cases[1].OwnerPath,
            Kind = ShareKind.Refer,
            FromUnitId = cases[1].OwnerUnitId,
            TargetUnitId = units["/sh/putuo/taopu/"].Id,
            TargetPath = "/sh/putuo/taopu/",
        });
        db.SaveChanges();
        ids = cases.ToDictionary(c => c.Number, c => c.Id);
    }

    [Theory]
    [InlineData("/sh/putuo/taopu/", new[] { "S-1", "S-2" })]
    [InlineData("/sh/putuo/taopu/loupu/", new[] { "S-1" })]
    [InlineData("/sh/yangpu/", new[] { "S-2" })]
    [InlineData("/sh/baoshan/", new[] { "S-3" })]
    [InlineData("/sh/", new[] { "S-1", "S-2", "S-3" })]
    [InlineData("/sh/jingan/", new string[0])]
    public async Task Search_Should_FindOwnedAndSharedCases_AndNothingOutsideTheScope(string scope, string[] expected)
    {
        // arrange
        await using var db = database.Create(scope);

        // act
        var found = await SearchAsync(db, Wages);

        // assert
        Assert.Equal(expected, Numbers(found));
    }

    [Fact]
    public async Task Search_Should_RankByOccurrences_AndCountEveryHit()
    {
        // arrange
        await using var db = database.Create("/sh/");
        var words = CaseTerms.Of(Wages);

        // act
        var (page, total) = await CaseSearch.PageAsync(db, words, 0, 1, null, CancellationToken.None);
        var (all, _) = await CaseSearch.PageAsync(db, words, 0, 100, null, CancellationToken.None);

        // assert
        Assert.Single(page);
        Assert.Equal(all.Count, total);
        Assert.Equal(all[0], page[0]);
        Assert.Equal(all.Select(h => h.Score).OrderDescending(), all.Select(h => h.Score));
    }

    [Fact]
    public async Task Note_Should_AddToTheCountsOfItsCase_AndMakeItsNewWordsFindable()
    {
        // arrange
        await using (var writer = Indexed(TenantScope.For("/sh/putuo/taopu/")))
        {
            writer.CaseEvents.Add(new CaseEvent
            {
                CaseId = ids["S-4"], OwnerPath = "/sh/putuo/taopu/", Kind = CaseEventKind.NoteAdded, ActorId = "x", ActorName = "x",
                Note = "施工噪声持续，工地还拖欠工资。",
            });
            await writer.SaveChangesAsync();
        }

        await using var db = database.Create("/sh/putuo/taopu/");

        // act
        var noise = await db.CaseTerms.SingleAsync(t => t.CaseId == ids["S-4"] && t.Term == "噪声");
        var found = await SearchAsync(db, "噪声 拖欠工资");

        // assert
        Assert.Equal(3, noise.Count);
        Assert.Equal(["S-4"], Numbers(found));
    }

    [Fact]
    public async Task Rebuild_Should_IndexTheQueuedCases_FromAllTheirTexts()
    {
        // arrange
        await using (var db = database.Create(TenantScope.None))
        {
            await db.CaseTerms.IgnoreQueryFilters().Where(t => t.CaseId == ids["S-1"] || t.CaseId == ids["S-2"]).ExecuteDeleteAsync();
            db.CaseIndexBacklog.AddRange(new CaseIndexBacklog { CaseId = ids["S-1"] }, new CaseIndexBacklog { CaseId = ids["S-2"] });
            await db.SaveChangesAsync();
        }

        var rebuilder = new SearchIndexRebuilder(new SystemDbContexts(() => database.Create(TenantScope.None)), PlatformStartup.Done(), NullLogger<SearchIndexRebuilder>.Instance);

        // act
        var first = await rebuilder.RebuildBatchAsync(CancellationToken.None);
        var second = await rebuilder.RebuildBatchAsync(CancellationToken.None);

        // assert
        Assert.Equal((2, 0), (first, second));
        await using var reader = database.Create("/sh/putuo/taopu/");
        Assert.Equal(["S-1", "S-2"], Numbers(await SearchAsync(reader, Wages)));
    }

    public void Dispose() => database.Dispose();

    private Data.Providers.SqlitePlatformDbContext Indexed(TenantScope scope) => database.Create(scope, new CaseIndexInterceptor());

    private static async Task<IReadOnlyList<CaseSearchHit>> SearchAsync(PlatformDbContext db, string query) =>
        (await CaseSearch.PageAsync(db, CaseTerms.Of(query), 0, 100, null, CancellationToken.None)).Hits;

    private string[] Numbers(IEnumerable<CaseSearchHit> hits) =>
        [.. hits.Select(h => ids.FirstOrDefault(i => i.Value == h.CaseId).Key).OfType<string>().Order()];

    private static Case NewCase(Unit unit, string number, string title, string description) => new()
    {
        Number = number,
        Title = title,
        Description = description,
        OwnerUnitId = unit.Id,
        OwnerPath = unit.Path,
        HandlingUnitId = unit.Id,
        HandlingPath = unit.Path,
        FirstReceiverId = "x",
        FirstReceiverName = "x",
        RegisteredAt = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc),
    };
}

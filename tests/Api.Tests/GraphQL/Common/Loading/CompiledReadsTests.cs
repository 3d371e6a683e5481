using System.Linq.Expressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Data.Entities;
using Platform.Data.Providers;
using Platform.Data.Tenancy;

namespace Platform.Api.Tests.GraphQL.Common.Loading;

/// <summary>A compiled shape is built once and run with each batch's values on each context's tenant.</summary>
public sealed class CompiledReadsTests : IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        await using var db = Context(TenantScope.None);
        await db.Database.EnsureCreatedAsync();

        // Petitioners of cases 1 and 2 in two districts, without their cases: only the filter on
        // the petitioners' own paths is under test.
        await db.Database.ExecuteSqlRawAsync("""
            PRAGMA foreign_keys = OFF;
            INSERT INTO "Petitioners" ("Id", "CaseId", "OwnerPath", "Ordinal", "Name") VALUES
                (1, 1, '/sh/putuo/taopu/', 0, '甲'), (2, 1, '/sh/putuo/taopu/', 1, '乙'), (3, 2, '/sh/minhang/', 0, '丙');
            """);
    }

    public Task DisposeAsync() => _connection.DisposeAsync().AsTask();

    [Fact]
    public async Task OneShape_Should_ReadWithTheTenant_AndTheKeys_OfEachRun()
    {
        // arrange
        await using var putuo = Context(TenantScope.For("/sh/putuo/"));
        await using var minhang = Context(TenantScope.For("/sh/minhang/"));
        await using var nobody = Context(TenantScope.None);
        var key = $"test/{Guid.NewGuid()}";

        // act
        var inPutuo = await Names(putuo, key, [1, 2]);
        var inMinhang = await Names(minhang, key, [1, 2]);
        var seenByNobody = await Names(nobody, key, [1, 2]);
        var ofCase2InPutuo = await Names(putuo, key, [2]);

        // assert
        Assert.Equal(["甲", "乙"], inPutuo);
        Assert.Equal(["丙"], inMinhang);
        Assert.Empty(seenByNobody);
        Assert.Empty(ofCase2InPutuo);
    }

    [Fact]
    public async Task TheRowCount_Should_BeAParameter_OfEachRun()
    {
        // arrange
        await using var putuo = Context(TenantScope.For("/sh/putuo/"));
        var key = $"test/{Guid.NewGuid()}";
        Task<List<Petitioner>> First(int count) => CompiledReads.ListAsync<Petitioner, Petitioner>(key, putuo, [1], count,
            static (rows, list, value) =>
            {
                var ordered = rows.Where(EntityLoaders.In<Petitioner>(nameof(Petitioner.CaseId), list)).OrderBy(p => p.Ordinal);
                return ordered.Provider.CreateQuery<Petitioner>(
                    Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(Petitioner)], ordered.Expression, value));
            },
            CancellationToken.None);

        // act
        var one = await First(1);
        var two = await First(2);

        // assert
        Assert.Single(one);
        Assert.Equal(2, two.Count);
    }

    [Fact]
    public async Task TheUncompiledReads_Should_ReadTheSameRows_WithTheSameParameters()
    {
        // arrange: the reads a shape falls back to once the compiled shapes are full; one key names
        // a list, a page and a count
        await using var putuo = Context(TenantScope.For("/sh/putuo/"));
        var key = $"test/{Guid.NewGuid()}";
        IReadOnlyList<string> paths = ["/sh/putuo/taopu/", "/sh/minhang/"];

        // act
        var byKeys = CompiledReads.Uncompiled<Petitioner, Petitioner>(putuo, [1, 2], 0, OfCases);
        var byPaths = CompiledReads.Uncompiled<Petitioner, Petitioner>(putuo, paths, 1, OnPaths);
        var compiledPage = await CompiledReads.PageAsync<Petitioner, Petitioner>(key, putuo, paths, 1, OnPaths, CancellationToken.None);
        var compiledCount = await CompiledReads.CountAsync<Petitioner>(key, putuo, paths, (rows, list) => OnPaths(rows, list, null), CancellationToken.None);

        // assert
        Assert.Equal(await Names(putuo, key, [1, 2]), (await byKeys.ToListAsync()).Select(p => p.Name));
        Assert.Contains("json_each(@list)", byKeys.ToQueryString(), StringComparison.Ordinal);
        Assert.Equal(compiledPage.Select(p => p.Name), (await byPaths.ToListAsync()).Select(p => p.Name));
        Assert.Equal(["甲"], compiledPage.Select(p => p.Name));
        Assert.Equal(2, compiledCount);
        var sql = byPaths.ToQueryString();
        Assert.Contains("json_each(@paths)", sql, StringComparison.Ordinal);
        Assert.Contains("LIMIT @p", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void CapturesNothing_Should_TellStaticLambdas_FromClosures()
    {
        // arrange
        var ordinal = 1;
        Func<IQueryable<Petitioner>, IQueryable<Petitioner>> fixedShape = q => q.OrderBy(p => p.Ordinal);
        Func<IQueryable<Petitioner>, IQueryable<Petitioner>> capturing = q => q.Where(p => p.Ordinal == ordinal);

        // act, assert
        Assert.True(CompiledReads.CapturesNothing(null));
        Assert.True(CompiledReads.CapturesNothing(fixedShape));
        Assert.False(CompiledReads.CapturesNothing(capturing));
    }

    private static IQueryable<Petitioner> OfCases(IQueryable<Petitioner> rows, Expression list, Expression value) =>
        rows.Where(EntityLoaders.In<Petitioner>(nameof(Petitioner.CaseId), list)).OrderBy(p => p.Ordinal);

    // The petitioners whose paths are in the list, first by ordinal, the first 'value' of them (all without one).
    private static IQueryable<Petitioner> OnPaths(IQueryable<Petitioner> rows, Expression paths, Expression? value)
    {
        var p = Expression.Parameter(typeof(Petitioner), "p");
        var onPaths = Expression.Lambda<Func<Petitioner, bool>>(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], paths, Expression.Property(p, nameof(Petitioner.OwnerPath))), p);
        var ordered = rows.Where(onPaths).OrderBy(r => r.Ordinal).ThenBy(r => r.Id);
        return value is null
            ? ordered
            : ordered.Provider.CreateQuery<Petitioner>(Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(Petitioner)], ordered.Expression, value));
    }

    private static async Task<List<string>> Names(SqlitePlatformDbContext db, string key, IReadOnlyList<int> caseIds) =>
        [.. (await CompiledReads.ListAsync<Petitioner, Petitioner>(key, db, caseIds, 0,
            static (rows, list, _) => rows.Where(EntityLoaders.In<Petitioner>(nameof(Petitioner.CaseId), list)).OrderBy(p => p.Ordinal),
            CancellationToken.None)).Select(p => p.Name)];

    private SqlitePlatformDbContext Context(TenantScope tenant) =>
        new(new DbContextOptionsBuilder<SqlitePlatformDbContext>().UseSqlite(_connection, SqlitePlatformDbContext.Configure).Options) { Tenant = tenant };
}

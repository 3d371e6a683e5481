using Microsoft.EntityFrameworkCore;
using Platform.Data.Providers;
using Platform.Data.Tenancy;

namespace Platform.Data.Tests.Numbering;

public sealed class CaseNumbersTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "platform-numbering-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ConcurrentTakers_Should_Get_DistinctConsecutiveNumbers_Without_Conflicts()
    {
        // arrange
        Directory.CreateDirectory(folder);
        var options = new DbContextOptionsBuilder<SqlitePlatformDbContext>().UseSqlite($"Data Source={Path.Combine(folder, "numbers.db")}").Options;
        await using (var setup = new SqlitePlatformDbContext(options))
        {
            await setup.Database.MigrateAsync();
        }

        var now = new DateTime(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc);

        // act
        var numbers = await Task.WhenAll(Enumerable.Range(0, 24).Select(async _ =>
        {
            await using var db = new SqlitePlatformDbContext(options) { Tenant = TenantScope.None };
            await using var transaction = await db.Database.BeginTransactionAsync();
            var number = await CaseNumbers.NextAsync(db, "/sh/putuo/taopu/", now, CancellationToken.None);
            await transaction.CommitAsync();
            return number;
        }));

        // assert
        Assert.Equal(Enumerable.Range(1, 24).Select(i => $"PT-2026-{i:D4}").ToHashSet(), numbers.ToHashSet());
    }

    [Fact]
    public void SqlServerIncrement_Should_Be_OneAtomicMerge_With_TheKey_AsParameter()
    {
        // arrange
        using var db = new SqlServerPlatformDbContext(new DbContextOptionsBuilder<SqlServerPlatformDbContext>()
            .UseSqlServer("Server=offline;Database=Platform;TrustServerCertificate=true").Options);

        // act
        var sql = CaseNumbers.Increment(db, "PT-2026").ToQueryString();

        // assert
        Assert.Contains("MERGE [CaseNumberCounters] WITH (HOLDLOCK)", sql, StringComparison.Ordinal);
        Assert.Contains("OUTPUT INSERTED.[Last] AS [Value];", sql, StringComparison.Ordinal);
        Assert.Contains("CAST(@p0 AS varchar(32))", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("SELECT [s]", sql, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

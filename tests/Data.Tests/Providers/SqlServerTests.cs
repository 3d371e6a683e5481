using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Platform.Data.Entities;
using Platform.Data.Providers;
using Platform.Data.Tenancy;
using Snapshooter.Xunit;

namespace Platform.Data.Tests.Providers;

/// <summary>SQL Server is not available here: its SQL is checked offline.</summary>
public sealed class SqlServerTests
{
    private static SqlServerPlatformDbContext Create(TenantScope scope) =>
        new(new DbContextOptionsBuilder<SqlServerPlatformDbContext>()
            .UseSqlServer("Server=offline;Database=Platform;TrustServerCertificate=true")
            .Options) { Tenant = scope };

    [Fact]
    public void IdempotentMigrationScript_Should_Create_EveryTable()
    {
        // arrange
        using var db = Create(TenantScope.None);
        var migrator = db.GetService<IMigrator>();
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).Where(t => t is not null).Distinct().ToList();

        // act
        var script = migrator.GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        // assert
        Assert.NotEmpty(tables);
        Assert.All(tables, table => Assert.Contains($"CREATE TABLE [{table}]", script, StringComparison.Ordinal));
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
        Assert.Contains("COLLATE Latin1_General_100_BIN2", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrations_Should_Match_TheModel()
    {
        // arrange
        using var db = Create(TenantScope.None);

        // act
        var pending = db.Database.HasPendingModelChanges();

        // assert
        Assert.False(pending, "The SQL Server model has changes that no migration captures.");
    }

    [Fact]
    public void TenantFilteredCaseQuery_Should_Pass_TheScope_AsParameters()
    {
        // arrange
        using var db = Create(TenantScope.For("/sh/putuo/taopu/"));

        // act
        var sql = db.Cases.OrderBy(c => c.RegisteredAt).Select(c => new { c.Id, c.Number, c.Title }).Take(10).ToQueryString();

        // assert
        Assert.DoesNotContain("'/sh/putuo/taopu/'", sql.Split('\n').Where(l => !l.StartsWith("DECLARE", StringComparison.Ordinal)).Aggregate((a, b) => a + b), StringComparison.Ordinal);
        sql.MatchSnapshot();
    }

    [Fact]
    public void TenantFilteredCaseQuery_Should_Test_TheShares_Once_With_VarcharBounds()
    {
        // arrange
        using var db = Create(TenantScope.For("/sh/putuo/taopu/"));

        // act
        var sql = db.Cases.OrderByDescending(c => c.RegisteredAt).Select(c => c.Id).Take(20).ToQueryString();

        // assert
        Assert.Equal(2, sql.Split("[CaseShares]").Length);
        Assert.Contains("DECLARE @ef_filter__TenantFrom varchar(400)", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("nvarchar", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void TenantFilteredCaseRecordQuery_Should_Seek_TheShares_ByCase()
    {
        // arrange
        using var db = Create(TenantScope.For("/sh/putuo/taopu/"));
        int[] ids = [1, 2, 3];

        // act
        var sql = db.CaseEvents.Where(e => ids.Contains(e.CaseId)).Select(e => e.Id).ToQueryString();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        // assert: a correlated EXISTS on the share's case key, which its index answers by seeking
        Assert.Contains("EXISTS (", sql, StringComparison.Ordinal);
        Assert.Matches(@"WHERE \[c\d?\]\.\[CaseId\] = \[c\d?\]\.\[CaseId\] AND", sql);
        Assert.Contains("CREATE INDEX [IX_CaseShares_CaseId] ON [CaseShares] ([CaseId])", script, StringComparison.Ordinal);
    }

    [Fact]
    public void RootScopeCaseQuery_Should_Carry_NoVisibilityTest()
    {
        // arrange
        using var db = Create(TenantScope.For("/sh/"));

        // act
        var sql = db.Cases.Where(c => c.Status == CaseStatus.InProgress).OrderByDescending(c => c.RegisteredAt).ThenByDescending(c => c.Id).Select(c => c.Id).Take(20).ToQueryString();

        // assert
        Assert.DoesNotContain("[OwnerPath]", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("[CaseShares]", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("IS NULL", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void TenantFilteredAttachmentQuery_Should_Read_ThroughItsSubjectsFilters()
    {
        // arrange
        using var db = Create(TenantScope.For("/sh/putuo/taopu/"));

        // act
        var sql = db.Attachments.Where(a => a.CaseId == 1).Select(a => new { a.Id, a.FileName }).ToQueryString();

        // assert
        Assert.All(["[Cases]", "[CaseShares]", "[MediationSessions]", "[Suggestions]", "[Meetings]"], table => Assert.Contains(table, sql, StringComparison.Ordinal));
        Assert.DoesNotContain("'/sh/putuo/taopu/'", string.Join('\n', sql.Split('\n').Where(l => !l.StartsWith("DECLARE", StringComparison.Ordinal))), StringComparison.Ordinal);
    }
}

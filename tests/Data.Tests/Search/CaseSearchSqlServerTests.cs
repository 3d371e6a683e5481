using Microsoft.EntityFrameworkCore;
using Platform.Data.Providers;
using Platform.Data.Tenancy;

namespace Platform.Data.Tests.Search;

/// <summary>SQL Server is not available here: the search's SQL is checked offline.</summary>
public sealed class CaseSearchSqlServerTests
{
    [Fact]
    public void SearchQuery_Should_Translate_WithTheScopeAsParameters_AndProbeByKey()
    {
        // arrange
        using var db = new SqlServerPlatformDbContext(new DbContextOptionsBuilder<SqlServerPlatformDbContext>()
            .UseSqlServer("Server=offline;Database=Platform;TrustServerCertificate=true")
            .Options) { Tenant = TenantScope.For("/sh/putuo/taopu/") };

        // act
        var sql = CaseSearch.Matching(db, ["物流园区", "拖欠", "工资"]).Skip(0).Take(10).ToQueryString();

        // assert
        var body = string.Join("\n", sql.Split('\n').Where(l => !l.StartsWith("DECLARE", StringComparison.Ordinal)));
        Assert.DoesNotContain("/sh/putuo/taopu/", body, StringComparison.Ordinal);
        Assert.DoesNotContain("[Cases]", body, StringComparison.Ordinal);
        Assert.Contains("[CaseShares]", body, StringComparison.Ordinal);
        Assert.Contains("OFFSET", body, StringComparison.Ordinal);
    }
}

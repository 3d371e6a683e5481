using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Data.Entities;
using Platform.Data.Providers;
using Platform.Data.Tenancy;
using Xunit.Abstractions;

namespace Platform.Api.Tests.GraphQL.Common;

/// <summary>SQL Server is not available here: the per-parent page query is checked on its SQL.</summary>
public sealed class ChildPagesTests(ITestOutputHelper output)
{
    private static SqlServerPlatformDbContext SqlServer() =>
        new(new DbContextOptionsBuilder<SqlServerPlatformDbContext>()
            .UseSqlServer("Server=offline;Database=Platform;TrustServerCertificate=true")
            .Options) { Tenant = TenantScope.For("/sh/putuo/") };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void PageQuery_Should_Number_TheChildren_PerParent_OnSqlServer(bool backwards)
    {
        // arrange
        using var db = SqlServer();
        var pages = new ChildPages<CaseEvent>(
            () => db.CaseEvents.AsNoTracking(),
            q => q.OrderBy(e => e.OccurredAt).ThenBy(e => e.Id),
            q => q.Select(e => new CaseEvent { Id = e.Id, CaseId = e.CaseId }),
            nameof(CaseEvent.CaseId));

        // act
        var sql = pages.PageQuery([1, 2, 3], skip: 20, take: 11, backwards).ToQueryString();
        output.WriteLine(sql);

        // assert
        var direction = backwards ? " DESC" : "";
        Assert.Matches($@"ROW_NUMBER\(\) OVER\(PARTITION BY \[c\d\]\.\[CaseId\] ORDER BY \[c\d\]\.\[OccurredAt\]{direction}, \[c\d\]\.\[Id\]{direction}\)", sql);
        Assert.Matches(@"WHERE @\w+ < \[\w+\]\.\[row\] AND \[\w+\]\.\[row\] <= @\w+ \+ @\w+", sql);
        Assert.Contains("[OwnerPath] >= @ef_filter__TenantFrom", sql, StringComparison.Ordinal);
    }
}

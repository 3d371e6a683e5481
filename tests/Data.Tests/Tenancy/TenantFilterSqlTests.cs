using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Data.Tenancy;
using Platform.Data.Tests.Infrastructure;

namespace Platform.Data.Tests.Tenancy;

public sealed partial class TenantFilterSqlTests : IDisposable
{
    private readonly SqliteTestDatabase database = new();

    [Fact]
    public void CasePage_Should_Name_TheShareTable_Once()
    {
        // arrange
        using var db = database.Create("/sh/putuo/taopu/");

        // act
        var sql = db.Cases.OrderByDescending(c => c.RegisteredAt).Select(c => new { c.Id, c.Number }).Take(20).ToQueryString();

        // assert
        Assert.Single(ShareTable().Matches(sql));
        Assert.Single(TargetPathLowerBound().Matches(sql));
    }

    [Fact]
    public void CaseEventPage_Should_Test_TheShares_Once()
    {
        // arrange
        using var db = database.Create("/sh/putuo/taopu/");

        // act
        var sql = db.CaseEvents.OrderBy(e => e.Id).Take(20).ToQueryString();

        // assert
        Assert.Single(ShareTable().Matches(sql));
        Assert.Single(TargetPathLowerBound().Matches(sql));
    }

    [Fact]
    public void RootScope_Should_Send_NoVisibilityTest_ForCases_AndTheirRecords()
    {
        // arrange
        using var db = database.Create("/sh/");

        // act
        var cases = db.Cases.Where(c => c.Status == CaseStatus.InProgress).OrderByDescending(c => c.RegisteredAt).Select(c => c.Id).Take(20).ToQueryString();
        var events = db.CaseEvents.Where(e => e.CaseId == 1).Select(e => e.Id).ToQueryString();

        // assert
        Assert.DoesNotContain("OwnerPath", cases);
        Assert.DoesNotContain("CaseShares", cases);
        Assert.DoesNotContain("OwnerPath", events);
        Assert.DoesNotContain("CaseShares", events);
    }

    [Fact]
    public void DistrictScope_Should_Keep_TheVisibilityTest()
    {
        // arrange
        using var db = database.Create("/sh/putuo/");

        // act
        var sql = db.Cases.OrderByDescending(c => c.RegisteredAt).Select(c => c.Id).Take(20).ToQueryString();

        // assert
        Assert.Contains("\"OwnerPath\" >= ", sql);
        Assert.Single(ShareTable().Matches(sql));
        Assert.DoesNotContain("IS NULL", sql);
    }

    [Theory]
    [InlineData("/sh/putuo/", "/sh/putuo/", "/sh/putuo0", true)]
    [InlineData("/sh/putuo/taopu/", "/sh/putuo/", "/sh/putuo0", true)]
    [InlineData("/sh/putuo0", "/sh/putuo/", "/sh/putuo0", false)]
    [InlineData("/sh/pu/", "/sh/putuo/", "/sh/putuo0", false)]
    [InlineData(null, "/sh/putuo/", "/sh/putuo0", false)]
    public void PathRange_Should_Be_HalfOpen_InOrdinalOrder(string? path, string from, string to, bool expected)
    {
        // act
        var within = PathRange.Within(path, from, to);

        // assert
        Assert.Equal(expected, within);
    }

    public void Dispose() => database.Dispose();

    [GeneratedRegex("\"CaseShares\"")]
    private static partial Regex ShareTable();

    [GeneratedRegex("\"TargetPath\" >= ")]
    private static partial Regex TargetPathLowerBound();
}

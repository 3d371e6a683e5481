using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Data.Tests.Infrastructure;

namespace Platform.Data.Tests.Tenancy;

/// <summary>
/// A unit's queue as SQLite plans it on a database the app made (no ANALYZE figures): its count
/// tests the owner path of the visibility filter from the handling path's index, without touching rows.
/// </summary>
public sealed class QueuePlanTests : IDisposable
{
    private readonly SqliteTestDatabase database = new();

    [Fact]
    public void CommitteeQueueCount_Should_TestTheOwnerPath_FromTheHandlingPathIndex()
    {
        // arrange: the queue as the queue fields ask for it (testing shares case by case), its units' paths as one list parameter
        using var db = database.Create("/sh/putuo/taopu/loupu/");
        db.ProbesShares = true;
        var paths = new List<string> { "/sh/putuo/taopu/loupu/", "/sh/putuo/taopu/loupu/g1/" };
        var queue = db.Cases.Where(c => paths.Contains(c.HandlingPath) && (c.Status == CaseStatus.Accepted || c.Status == CaseStatus.InProgress));

        // act
        var sql = queue.Select(c => c.Id).ToQueryString().Replace("SELECT \"c\".\"Id\"", "SELECT COUNT(*)", StringComparison.Ordinal);
        var plan = QueryPlans.Explain(db, sql);

        // assert
        Assert.DoesNotContain(plan, QueryPlans.IsFullScan);
        Assert.Contains(plan, p => p.Contains("COVERING INDEX IX_Cases_HandlingPath_Status_OwnerPath (HandlingPath=? AND Status=?)", StringComparison.Ordinal));
    }

    public void Dispose() => database.Dispose();
}

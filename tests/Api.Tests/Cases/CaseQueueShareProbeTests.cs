using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.Tests.Acceptance;
using Platform.Api.Tests.Infrastructure;
using Platform.Data.Tenancy;

namespace Platform.Api.Tests.Cases;

/// <summary>
/// A queue found by the handling unit tests shares case by case (EXISTS); a page of the whole
/// scope read by the same request keeps the list of shared cases, which its index seeks need.
/// </summary>
public sealed class CaseQueueShareProbeTests : IDisposable
{
    private readonly SqlCommandLog log = new();
    private readonly PlatformFactory factory;

    public CaseQueueShareProbeTests() =>
        factory = new PlatformFactory().WithServices(services => services.AddSingleton<IInterceptor>(log));

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task AQueueAndTheScopesCases_InOneRequest_Should_Each_TestSharesTheirOwnWay()
    {
        // arrange
        using var client = factory.CreateClient(await factory.GetTokenAsync("taopu.officer"));
        const string query = """
            query {
              viewer { queue(kind: IN_PROGRESS) { totalCount nodes { id } } }
              cases(first: 5) { totalCount nodes { id } }
            }
            """;

        // act
        var response = await client.PostGraphQLAsync(query);

        // assert
        Assert.Null(response["errors"]);
        var caseCommands = log.Commands.Where(c => c.Contains("FROM \"Cases\" AS \"c\"", StringComparison.Ordinal)).ToList();
        var queue = caseCommands.Where(c => c.Contains("json_each(@paths)", StringComparison.Ordinal)).ToList();
        var scope = caseCommands.Except(queue).ToList();
        Assert.NotEmpty(queue);
        Assert.NotEmpty(scope);
        Assert.All(queue, c => Assert.Contains("\"c1\".\"CaseId\" = \"c\".\"Id\"", c, StringComparison.Ordinal));
        Assert.All(scope, c => Assert.Contains("\"c\".\"Id\" IN (", c, StringComparison.Ordinal));
    }

    [Fact]
    public void TheQueuesThatProbe_Should_BeThoseFoundByTheHandlingUnit()
    {
        // act
        var probing = Enum.GetValues<CaseQueueKind>().Where(CaseQueues.SeeksHandlingUnits).ToHashSet();

        // assert
        Assert.Equal(
            new HashSet<CaseQueueKind>
            {
                CaseQueueKind.PendingAcceptance, CaseQueueKind.InProgress, CaseQueueKind.DueSoon, CaseQueueKind.Overdue,
                CaseQueueKind.Supervised, CaseQueueKind.ReplyOverdue, CaseQueueKind.Reminded,
            },
            probing);
    }

    [Fact]
    public async Task TheProbe_Should_End_WithTheReadsThatAskedForIt_EvenWhenTheyFail()
    {
        // arrange: a request's reads share one context, so a probe left on would reach the next read
        using var db = factory.Services.GetRequiredService<SystemDbContexts>().ForReading(TenantScope.For("/sh/putuo/taopu/"));
        var during = false;

        // act
        await Connections.ProbingShares(db, probe: true, () => Task.FromResult(during = db.ProbesShares));
        var afterward = db.ProbesShares;
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Connections.ProbingShares<int>(db, probe: true, () => throw new InvalidOperationException()));

        // assert
        Assert.True(during);
        Assert.False(afterward);
        Assert.False(db.ProbesShares);
    }
}

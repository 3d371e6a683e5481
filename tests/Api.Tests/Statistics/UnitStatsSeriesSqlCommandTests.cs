using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.Tests.Acceptance;
using Platform.Api.Tests.Infrastructure;
using Platform.Data;
using Platform.Data.Tenancy;

namespace Platform.Api.Tests.Statistics;

/// <summary>A series of sixty months costs the SQL commands of one <c>unitStats</c>.</summary>
public sealed class UnitStatsSeriesSqlCommandTests : IDisposable
{
    private const string Query = """
        query Putuo($unitId: ID!) {
          whole: unitStats(unitId: $unitId, from: "2022-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") { cases }
        }
        """;

    private const string Series = """
        query Putuo($unitId: ID!) {
          unitStatsSeries(unitId: $unitId, from: "2022-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z", interval: MONTH) { cases breakdown { cases } }
        }
        """;

    private readonly SqlCommandLog log = new();
    private readonly PlatformFactory factory;

    public UnitStatsSeriesSqlCommandTests()
    {
        factory = new PlatformFactory().WithServices(services => services.AddSingleton<IInterceptor>(log));
    }

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task SixtyMonths_Should_Send_AsManySqlCommands_AsOneUnitStats()
    {
        // arrange
        using var client = factory.CreateClient(await factory.GetTokenAsync("putuo.officer"));
        int putuoId;
        await using (var db = factory.Services.GetRequiredService<SystemDbContexts>().Unscoped())
        {
            putuoId = await db.Units.Where(u => u.Path == "/sh/putuo/").Select(u => u.Id).SingleAsync();
        }

        var variables = new { unitId = GlobalId.Encode("Unit", putuoId) };
        log.Clear();
        var whole = await client.PostGraphQLAsync(Query, variables);
        var single = log.Count;
        log.Clear();

        // act
        var series = await client.PostGraphQLAsync(Series, variables);

        // assert
        Assert.Empty(whole.ErrorCodes());
        Assert.Empty(series.ErrorCodes());
        var months = series["data"]!["unitStatsSeries"]!.AsArray();
        Assert.Equal(60, months.Count);
        Assert.Equal(whole["data"]!["whole"].Int("cases"), months.Sum(m => m.Int("cases")));
        Assert.Equal(single, log.Count);
    }
}

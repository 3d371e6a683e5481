using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.Tests.Acceptance;
using Platform.Api.Tests.Infrastructure;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Data.Tenancy;
using Xunit.Abstractions;

namespace Platform.Api.Tests.Statistics;

/// <summary>
/// Issue 4, acceptance 4: city statistics over 5,000 more cases come back in one request with
/// as many SQL commands as over the demo data alone.
/// </summary>
public sealed class UnitStatsSqlCommandTests : IDisposable
{
    private const string CityStats = $$"""
        query CityStats($unitId: ID!) {
          unitStats(unitId: $unitId, from: "2000-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z") {
            {{StatisticsPlatform.Fields}}
            breakdown { {{StatisticsPlatform.Fields}} breakdown { unit { path } cases satisfactionRate } }
          }
        }
        """;

    private readonly SqlCommandLog log = new();
    private readonly PlatformFactory factory;
    private readonly ITestOutputHelper output;

    public UnitStatsSqlCommandTests(ITestOutputHelper output)
    {
        this.output = output;
        factory = new PlatformFactory().WithServices(services => services.AddSingleton<IInterceptor>(log));
    }

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task CityStats_Over5000MoreCases_Should_Send_AsManySqlCommands_AsOverTheDemoData()
    {
        // arrange
        using var client = factory.CreateClient(await factory.GetTokenAsync("sh.officer"));
        var (demoCommands, demoCases) = await CountCommandsAsync(client);
        await AddCasesAsync(5000);

        // act
        var (commands, cases) = await CountCommandsAsync(client);

        // assert
        Assert.Equal(demoCases + 5000, cases);
        Assert.Equal(demoCommands, commands);
        Assert.InRange(commands, 1, 10);
    }

    private async Task<(int Commands, int Cases)> CountCommandsAsync(HttpClient client)
    {
        int cityId;
        await using (var db = factory.Services.GetRequiredService<SystemDbContexts>().Unscoped())
        {
            cityId = await db.Units.Where(u => u.Path == "/sh/").Select(u => u.Id).SingleAsync();
        }

        log.Clear();
        var response = await client.PostGraphQLAsync(CityStats, new { unitId = GlobalId.Encode("Unit", cityId) });
        var commands = log.Count;
        output.WriteLine($"{commands} SQL commands");
        foreach (var command in log.Commands)
        {
            output.WriteLine(command);
            output.WriteLine("--");
        }

        Assert.Empty(response.ErrorCodes());
        return (commands, response["data"]!["unitStats"]!["cases"]!.GetValue<int>());
    }

    /// <summary>Cases spread over every unit, channel, category and status, with verifications and shares on some.</summary>
    private async Task AddCasesAsync(int count)
    {
        await using var db = factory.Services.GetRequiredService<SystemDbContexts>().For(TenantScope.For("/sh/"));
        var units = await db.Units.ToListAsync();
        var records = new StatsRecords(units.ToDictionary(u => u.Path));
        var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var cases = new List<Case>(count);
        for (var i = 0; i < count; i++)
        {
            var unit = units[i % units.Count];
            var registeredAt = start.AddHours(i * 3);
            var @case = records.Case(
                unit.Path, (Channel)(i % 6), (CaseCategory)(i % 11), (CaseStatus)(i % 8), 1 + i % 4,
                registeredAt, registeredAt.AddDays(i % 20), registeredAt.AddDays(20 + i % 70));
            if (i % 5 == 0)
            {
                records.Verified(@case, registeredAt.AddDays(95), (Satisfaction)(i % 3));
            }

            if (i % 7 == 0 && unit.ParentId is { } parentId)
            {
                var parent = units.Single(u => u.Id == parentId);
                records.Shared(@case, i % 2 == 0 ? ShareKind.Escalate : ShareKind.Refer, unit.Path, parent.Path, registeredAt.AddDays(1));
            }

            cases.Add(@case);
        }

        db.Cases.AddRange(cases);
        await db.SaveChangesAsync();
    }
}

using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.Tests.Infrastructure;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Data.Tenancy;

namespace Platform.Api.Tests.Statistics;

/// <summary>
/// A platform with the demo data plus the fixed statistics dataset of <see cref="StatisticsDataset"/>,
/// all of it registered in 2031 (a year the demo data never reaches), with the clock at <see cref="Now"/>.
/// </summary>
public sealed class StatisticsPlatform : IAsyncLifetime
{
    public static readonly DateTime Now = At(7, 1);

    public const string Fields = """
        unit { name path }
        cases persons accepted resolved verified
        byChannel { key cases persons }
        byCategory { key cases persons }
        byStatus { key cases persons }
        acceptedOnTimeRate resolvedOnTimeRate participationRate satisfactionRate
        declined responseDue respondedOnTime responseRate solved resolutionRate satisfied repeatCount repeatRate
        citizenRated citizenSatisfactionRate
        overdueNow escalatedCount referredCount
        mediation { sessions completed agreements agreementRate }
        suggestions { received answered adopted adoptedRate }
        """;

    public PlatformFactory Factory { get; } = new();

    private Dictionary<string, int> unitIds = [];

    /// <summary>A time in 2031 (UTC).</summary>
    public static DateTime At(int month, int day, int hour = 0) => new(2031, month, day, hour, 0, 0, DateTimeKind.Utc);

    public async Task InitializeAsync()
    {
        // Starting the host seeds the demo data at the default clock; the test year begins afterwards.
        await using var db = Factory.Services.GetRequiredService<SystemDbContexts>().For(TenantScope.For("/sh/"));
        await StatisticsDataset.AddAsync(db);
        await HotSpotDataset.AddAsync(db);
        unitIds = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Path, u => u.Id);
        Factory.Clock.UtcNow = Now;
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public string UnitId(string path) => GlobalId.Encode("Unit", unitIds[path]);

    /// <summary><c>unitStats</c> for the whole of 2031, with the given selection.</summary>
    public Task<JsonObject> StatsAsync(string user, string unitPath, string selection = Fields) =>
        StatsAsync(user, unitPath, "2031-01-01T00:00:00Z", "2032-01-01T00:00:00Z", selection);

    /// <summary><c>unitStats</c> for [from, to), with the given selection.</summary>
    public async Task<JsonObject> StatsAsync(string user, string unitPath, string from, string to, string selection = Fields)
    {
        var query = $$"""
            query Stats($unitId: ID!, $from: DateTime!, $to: DateTime!) {
              unitStats(unitId: $unitId, from: $from, to: $to) { {{selection}} }
            }
            """;
        return await Factory.AskAsync(user, query, new { unitId = UnitId(unitPath), from, to });
    }
}

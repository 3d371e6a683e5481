using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Platform.Api.Tests.Infrastructure;

namespace Platform.Api.Tests.Operations;

/// <summary>Issue 7 item 7: the probes, anonymous, in the health-check JSON format.</summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Live_And_Ready_Should_Answer_200_WithoutAToken()
    {
        // arrange
        using var factory = new PlatformFactory();
        using var client = factory.CreateClient();

        // act
        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");
        var report = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;

        // assert
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", report["status"]!.GetValue<string>());
        foreach (var check in new[] { "database", "migrations", "signing-keys" })
        {
            Assert.Equal("Healthy", report["entries"]![check]!["status"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Ready_Should_Answer_503_When_TheDatabaseFileIsUnreadable_AndLive_Still_200()
    {
        // arrange
        using var factory = new PlatformFactory();
        using var client = factory.CreateClient();
        using (var before = await client.GetAsync("/health/ready"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        // Garbage over the file's header, in place, as a damaged disk or a bad copy would leave it.
        using (var file = new FileStream(Path.Combine(factory.DataFolder, "platform.db"), FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            file.Write(Enumerable.Repeat((byte)0x5A, 4096).ToArray());
        }

        // act
        using var ready = await client.GetAsync("/health/ready");
        using var live = await client.GetAsync("/health/live");
        var body = await ready.Content.ReadAsStringAsync();

        // assert
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", JsonNode.Parse(body)!["entries"]!["database"]!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        NoInternals.In(body);
        SqliteConnection.ClearAllPools();
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Operations.Startup;
using Platform.Api.Tests.Infrastructure;
using Platform.Data;

namespace Platform.Api.Tests.Operations;

/// <summary>
/// The host listens while its database start-up runs: the probes answer at once (ready says why
/// not), other requests wait at the door and are answered once the start has finished.
/// </summary>
public sealed class StartupGateTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "platform-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task WhileTheStartRuns_Probes_Should_AnswerAtOnce_AndARequest_Should_BeAnswered_WhenItHasFinished()
    {
        // arrange: a fresh lock left by another process holds the migrations for ten seconds
        MigrationLocks.Leave(folder, DateTimeOffset.UtcNow);
        using var factory = PlatformFactory.ForDataFolder(folder).WithSetting("Database:MigrationLockTimeout", "00:00:10").NotWaitingForStartup();
        using var client = factory.CreateClient();
        var startup = factory.Services.GetRequiredService<PlatformStartup>();

        // act
        using var live = await client.GetAsync("/health/live");
        using var ready = await client.GetAsync("/health/ready");
        var stillStarting = !startup.IsReady;
        using var request = await client.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });

        // assert
        Assert.True(stillStarting, "The start finished before the probes were read; the lock should have held it.");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var report = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
        Assert.Equal("Unhealthy", report["entries"]!["startup"]!["status"]!.GetValue<string>());
        Assert.True(startup.IsReady);
        Assert.Equal(HttpStatusCode.OK, request.StatusCode);
        Assert.Equal("Query", JsonNode.Parse(await request.Content.ReadAsStringAsync())!["data"]!["__typename"]!.GetValue<string>());
        using var readyAfter = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, readyAfter.StatusCode);

        // The probes during the start read no keys: the token server signs with the stored ones.
        Assert.False(string.IsNullOrEmpty(await factory.GetTokenAsync("taopu.officer")));
    }

    [Fact]
    public async Task ARequest_Should_BeToldToComeBack_WhenTheStartOutlastsItsWait()
    {
        // arrange: the lock holds the migrations for ten seconds, a request waits one
        MigrationLocks.Leave(folder, DateTimeOffset.UtcNow);
        using var factory = PlatformFactory.ForDataFolder(folder)
            .WithSetting("Database:MigrationLockTimeout", "00:00:10")
            .WithSetting("Startup:RequestWait", "00:00:01")
            .NotWaitingForStartup();
        using var client = factory.CreateClient();
        var startup = factory.Services.GetRequiredService<PlatformStartup>();

        // act
        using var early = await client.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });
        var stillStarting = !startup.IsReady;
        await startup.Completion;
        using var later = await client.PostAsJsonAsync("/graphql", new { query = "{ __typename }" });

        // assert
        Assert.True(stillStarting, "The start finished within the request's wait; the lock should have held it.");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, early.StatusCode);
        Assert.Equal("5", early.Headers.RetryAfter?.ToString());
        Assert.Contains(StartupGate.Starting, await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [Fact]
    public void ANegativeWait_Should_StopTheHost_WithTheSettingNamed()
    {
        // arrange
        using var factory = new PlatformFactory().WithSetting("Startup:RequestWait", "-00:00:01");

        // act
        var failure = Record.Exception(() => factory.CreateClient());

        // assert
        Assert.NotNull(failure);
        Assert.Contains("Startup:RequestWait must not be negative", failure.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

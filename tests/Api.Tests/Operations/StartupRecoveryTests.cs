using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Tests.Infrastructure;
using Platform.Data;
using Platform.Data.Seeding;
using Platform.Data.Tenancy;

namespace Platform.Api.Tests.Operations;

/// <summary>
/// Issue 7 item 5: a start after a crash finishes. A migration lock left by a killed process is
/// cleared; a seed interrupted part-way leaves nothing behind and is done again in full.
/// </summary>
public sealed class StartupRecoveryTests : IDisposable
{
    // A start that hangs fails the test instead of the run; far above a normal start.
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(3);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "platform-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task AStaleMigrationLock_Should_Be_Cleared_AndTheStart_Should_Finish_WithDemoData()
    {
        // arrange
        MigrationLocks.Leave(folder, DateTimeOffset.UtcNow.AddHours(-1));
        using var factory = PlatformFactory.ForDataFolder(folder);

        // act
        await StartAsync(factory);

        // assert
        Assert.Equal(0, LockRows(folder));
        Assert.True(await CountsAsync(factory) is { Units: > 0, Cases: > 0, Users: > 0 });
    }

    [Fact]
    public async Task AFreshLockWhoseHolderIsGone_Should_Be_Cleared_AfterTheLockTimeout()
    {
        // arrange
        MigrationLocks.Leave(folder, DateTimeOffset.UtcNow);
        using var factory = PlatformFactory.ForDataFolder(folder).WithSetting("Database:MigrationLockTimeout", "00:00:02");

        // act
        await StartAsync(factory);

        // assert
        Assert.Equal(0, LockRows(folder));
        Assert.True(await CountsAsync(factory) is { Units: > 0, Cases: > 0 });
    }

    [Fact]
    public async Task ADatabaseWhereSeedingWasInterrupted_Should_Start_WithCompleteDemoData()
    {
        // arrange
        var crashed = Path.Combine(folder, "crashed");
        using (var dying = PlatformFactory.ForDataFolder(Path.Combine(folder, "dying"))
            .WithServices(services => services.AddSingleton<IInterceptor>(new CrashSnapshotInterceptor(crashed))))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => StartAsync(dying));
        }

        using var reference = new PlatformFactory();
        var expected = await CountsAsync(reference);

        // act
        using var restarted = PlatformFactory.ForDataFolder(crashed);
        await StartAsync(restarted);

        // assert
        Assert.True(File.Exists(Path.Combine(crashed, "platform.db")));
        Assert.Equal(expected, await CountsAsync(restarted));
        Assert.Equal(DemoUnits.All.Count, expected.Units);
        Assert.Equal(DemoAccounts.All.Count, expected.Users);
        Assert.False(string.IsNullOrEmpty(await restarted.GetTokenAsync("taopu.officer")));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task StartAsync(PlatformFactory factory) =>
        await Task.Run(() => factory.CreateClient().Dispose()).WaitAsync(StartLimit);

    private static long LockRows(string dataFolder)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataFolder, "platform.db")};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM \"__EFMigrationsLock\"";
        return (long)command.ExecuteScalar()!;
    }

    private sealed record Counts(int Units, int Cases, int Events, int Sessions, int Campaigns, int Users, int Clients);

    private static async Task<Counts> CountsAsync(PlatformFactory factory)
    {
        // The city's scope sees every row.
        await using var db = factory.Services.GetRequiredService<SystemDbContexts>().For(TenantScope.For("/sh/"));
        return new Counts(
            await db.Units.CountAsync(),
            await db.Cases.CountAsync(),
            await db.CaseEvents.CountAsync(),
            await db.MediationSessions.CountAsync(),
            await db.Campaigns.CountAsync(),
            await db.Users.CountAsync(),
            await db.Set<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreApplication>().CountAsync());
    }
}

using Platform.Data.Seeding;
using Platform.Data.Tenancy;
using Platform.Data.Tests.Infrastructure;

namespace Platform.Data.Tests.Seeding;

/// <summary>A migrated in-memory database seeded once with the demo dataset and shared by a test class.</summary>
public sealed class SeededDatabase : IAsyncLifetime
{
    public static readonly DateTime Now = new(2024, 3, 15, 6, 30, 0, DateTimeKind.Utc);

    private readonly SqliteTestDatabase database = new();

    public async Task InitializeAsync()
    {
        await using var db = database.Create(TenantScope.None);
        await DemoDataSeeder.SeedAsync(db, Now);
    }

    /// <summary>A context reading as a principal of <paramref name="path"/>; <c>/sh/</c> sees everything.</summary>
    public PlatformDbContext Open(string path) => database.Create(path);

    public Task DisposeAsync()
    {
        database.Dispose();
        return Task.CompletedTask;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Platform.Data;
using Platform.Data.Seeding;
using Platform.Data.Tenancy;
using Platform.Identity;
using Platform.Workflow.Common;

namespace Platform.Workflow.Tests.Infrastructure;

/// <summary>
/// The workflow over a migrated SQLite database with the demo seed, in a fresh temporary folder per
/// test class; no HTTP, no GraphQL. Each <see cref="As{TWorkflow}"/> call is one request of one demo account.
/// </summary>
public sealed class WorkflowDatabase : IAsyncLifetime
{
    /// <summary>The clock of every change: late November 2026, as in the HTTP tests.</summary>
    public static readonly DateTime Now = new(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "platform-workflow-tests", Guid.NewGuid().ToString("N"));
    private readonly List<IServiceScope> scopes = [];
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:DataFolder"] = folder, ["Database:SeedDemoData"] = "true" })
            .Build();
        var environment = new HostingEnvironment { EnvironmentName = "Testing", ContentRootPath = folder };
        services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IHostEnvironment>(environment)
            .AddPlatformData(configuration, environment)
            .AddPlatformWorkflow(configuration)
            .AddSingleton<IClock>(new FixedClock(Now))
            .AddScoped<ActingTenant>()
            .AddScoped<ICurrentTenant>(sp => sp.GetRequiredService<ActingTenant>())
            .BuildServiceProvider();
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<PlatformDatabase>().InitializeAsync();
    }

    /// <summary>The workflow <typeparamref name="TWorkflow"/> and the actor of the demo account <paramref name="userName"/>.</summary>
    public (TWorkflow Workflow, Actor Actor) As<TWorkflow>(string userName)
        where TWorkflow : notnull
    {
        var account = DemoAccounts.Get(userName);
        var actor = new Actor(account.Id, account.DisplayName, UnitIdOf(account.UnitPath), TenantScope.For(account.UnitPath),
            account.Roles, PlatformRoles.ScopesOf(account.Roles));
        return (For<TWorkflow>(actor), actor);
    }

    /// <summary>The workflow <typeparamref name="TWorkflow"/> for any actor, e.g. a client's.</summary>
    public TWorkflow For<TWorkflow>(Actor actor)
        where TWorkflow : notnull
    {
        var scope = services.CreateScope();
        scopes.Add(scope);
        scope.ServiceProvider.GetRequiredService<ActingTenant>().Scope = actor.Scope;
        return scope.ServiceProvider.GetRequiredService<TWorkflow>();
    }

    /// <summary>A context that reads as a principal of <paramref name="path"/> (<c>/sh/</c> sees everything), for assertions.</summary>
    public PlatformDbContext Read(string path = "/sh/") =>
        services.GetRequiredService<SystemDbContexts>().For(TenantScope.For(path));

    public int UnitIdOf(string path)
    {
        using var db = Read();
        return db.Units.Where(u => u.Path == path).Select(u => u.Id).Single();
    }

    public async Task DisposeAsync()
    {
        foreach (var scope in scopes)
        {
            scope.Dispose();
        }

        await services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed class ActingTenant : ICurrentTenant
    {
        public TenantScope Scope { get; set; } = TenantScope.None;
    }

    private sealed class FixedClock(DateTime now) : IClock
    {
        public DateTime UtcNow => now;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Platform.Data;
using Platform.Data.Providers;

namespace Platform.Api.Tests.GraphQL.Common.Loading;

/// <summary>
/// Contexts over a private in-memory SQLite database each, with the app's provider options;
/// optionally with a strategy that retries <see cref="TransientFailure"/>, as SQL Server's is configured.
/// </summary>
internal sealed class InMemoryContexts(IInterceptor[]? interceptors = null, bool retries = false) : IDbContextFactory<PlatformDbContext>
{
    private int created;

    public int Created => created;

    public PlatformDbContext CreateDbContext()
    {
        Interlocked.Increment(ref created);
        var options = new DbContextOptionsBuilder<SqlitePlatformDbContext>().UseSqlite("Data Source=:memory:", sqlite =>
        {
            SqlitePlatformDbContext.Configure(sqlite);
            if (retries)
            {
                sqlite.ExecutionStrategy(dependencies => new RetryOnTransient(dependencies));
            }
        });
        options.AddInterceptors(interceptors ?? []);
        return new SqlitePlatformDbContext(options.Options);
    }

    private sealed class RetryOnTransient(ExecutionStrategyDependencies dependencies)
        : ExecutionStrategy(dependencies, maxRetryCount: 3, maxRetryDelay: TimeSpan.FromMilliseconds(10))
    {
        protected override bool ShouldRetryOn(Exception exception) => exception is TransientFailure;
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Platform.Data.Protection;
using Platform.Data.Providers;
using Platform.Data.Tenancy;

namespace Platform.Data.Tests.Infrastructure;

/// <summary>A migrated in-memory SQLite database that lives as long as the instance.</summary>
public sealed class SqliteTestDatabase : IDisposable
{
    private readonly SqliteConnection connection = new("DataSource=:memory:");

    public SqliteTestDatabase()
    {
        // Contexts made here skip AddPlatformData, which sets the keys of the encrypted columns.
        PiiCipher.Use(PiiKeys.DevelopmentKey);
        connection.Open();
        using var db = Create(TenantScope.None);
        db.Database.Migrate();
    }

    public SqlitePlatformDbContext Create(TenantScope scope, params IInterceptor[] interceptors) =>
        new(new DbContextOptionsBuilder<SqlitePlatformDbContext>().UseSqlite(connection, SqlitePlatformDbContext.Configure).AddInterceptors(interceptors).Options) { Tenant = scope };

    public SqlitePlatformDbContext Create(string path) => Create(TenantScope.For(path));

    public void Dispose() => connection.Dispose();
}

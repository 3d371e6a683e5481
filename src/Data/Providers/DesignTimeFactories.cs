using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Platform.Data.Providers;

/// <summary>Lets <c>dotnet ef</c> build each provider's context without the host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePlatformDbContext>
{
    public SqlitePlatformDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePlatformDbContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsAssembly(typeof(PlatformDbContext).Assembly.FullName))
            .Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerPlatformDbContext>
{
    public SqlServerPlatformDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerPlatformDbContext>()
            .UseSqlServer("Server=(local);Database=Platform;Integrated Security=true;TrustServerCertificate=true")
            .Options);
}

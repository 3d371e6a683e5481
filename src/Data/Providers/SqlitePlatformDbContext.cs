using Microsoft.EntityFrameworkCore;

namespace Platform.Data.Providers;

/// <summary>The embedded default store; owns the migrations under Migrations/Sqlite.</summary>
public sealed class SqlitePlatformDbContext(DbContextOptions<SqlitePlatformDbContext> options)
    : PlatformDbContext(options);

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Platform.Data.Providers;

/// <summary>The embedded default store; owns the migrations under Migrations/Sqlite.</summary>
public sealed class SqlitePlatformDbContext(DbContextOptions<SqlitePlatformDbContext> options)
    : PlatformDbContext(options)
{
    /// <summary>
    /// The provider options the app runs with; tests and the bench use them too, so that they see
    /// the app's SQL. A list goes to SQLite as one JSON parameter read with json_each, so that a
    /// command's text does not depend on the list's length and EF Core reuses it instead of
    /// generating SQL anew on every execution (one per page's batch of ids); each IN still seeks
    /// its index (EXPLAIN: a LIST SUBQUERY over json_each).
    /// </summary>
    public static void Configure(SqliteDbContextOptionsBuilder sqlite) =>
        sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter);
}

using Microsoft.EntityFrameworkCore;

namespace Platform.Data.Providers;

/// <summary>The production store; owns the migrations under Migrations/SqlServer.</summary>
public sealed class SqlServerPlatformDbContext(DbContextOptions<SqlServerPlatformDbContext> options)
    : PlatformDbContext(options)
{
    /// <summary>
    /// Path columns compare ordinally, as the tenant filter's range test assumes; SQL Server's
    /// default collations are case-insensitive and order punctuation linguistically.
    /// </summary>
    public const string PathCollation = "Latin1_General_100_BIN2";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()))
        {
            if (property.ClrType == typeof(string) && property.Name.EndsWith("Path", StringComparison.Ordinal))
            {
                property.SetCollation(PathCollation);
            }
        }
    }
}

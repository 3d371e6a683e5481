using Microsoft.EntityFrameworkCore;

namespace Platform.Data.Tests.Search;

/// <summary>
/// The planner statistics (<c>sqlite_stat1</c>) of a generated database of a million cases, as
/// ANALYZE (or <c>PRAGMA optimize</c>) leaves them, scaled from those of the 100k bench database:
/// written into a small database, they make SQLite plan as it would on the large one.
/// </summary>
internal static class LargeDatabaseStatistics
{
    private static readonly (string Table, string Index, string Stat)[] Rows =
    [
        ("CaseTerms", "IX_CaseTerms_Term_OwnerPath_RegisteredAt_CaseId_Count", "45000000 1400 20 2 1 1"),
        ("CaseTerms", "sqlite_autoindex_CaseTerms_1", "45000000 45 1"),
        ("CaseShares", "IX_CaseShares_TargetPath_CaseId", "210000 40 1"),
        ("CaseShares", "IX_CaseShares_OwnerPath", "210000 40"),
        ("CaseShares", "IX_CaseShares_CaseId", "210000 2"),
        ("CaseShares", "IX_CaseShares_TargetUnitId", "210000 40"),
        ("CaseShares", "IX_CaseShares_FromUnitId", "210000 40"),
        ("Cases", "IX_Cases_OwnerPath_RegisteredAt", "1000000 200 1"),
        ("Cases", "IX_Cases_HandlingPath_Status", "1000000 200 40"),
    ];

    public static void Inject(DbContext db)
    {
        db.Database.ExecuteSqlRaw("ANALYZE");
        db.Database.ExecuteSqlRaw("DELETE FROM sqlite_stat1");
        foreach (var (table, index, stat) in Rows)
        {
            db.Database.ExecuteSqlRaw("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ({0}, {1}, {2})", table, index, stat);
        }

        // Makes the connection read the figures again.
        db.Database.ExecuteSqlRaw("ANALYZE sqlite_master");
    }
}

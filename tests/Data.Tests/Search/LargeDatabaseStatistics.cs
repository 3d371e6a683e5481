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
        // ANALYZE of the 100k database: "6835471 7777 3 1 1 1" and "6835471 69 1"; ten times the cases.
        ("CaseTerms", "IX_CaseTerms_Term_OwnerPath_RegisteredAt_CaseId_Count", "68354710 77770 3 1 1 1"),
        ("CaseTerms", "sqlite_autoindex_CaseTerms_1", "68354710 69 1"),
        ("CaseShares", "IX_CaseShares_TargetPath_OwnerPath_CaseId", "209600 13 2 1"),
        ("CaseShares", "IX_CaseShares_OwnerPath", "209600 5"),
        ("CaseShares", "IX_CaseShares_CaseId", "209600 1"),
        ("CaseShares", "IX_CaseShares_TargetUnitId", "209600 13"),
        ("CaseShares", "IX_CaseShares_FromUnitId", "209600 5"),
        ("Cases", "IX_Cases_OwnerPath_RegisteredAt", "1000460 20 1"),
        ("Cases", "IX_Cases_HandlingPath_Status_OwnerPath", "1000460 20 5 2"),
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

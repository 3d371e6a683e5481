using Microsoft.EntityFrameworkCore;
using Platform.Data.Tenancy;

namespace Platform.Data;

/// <summary>Case numbers: <c>&lt;district prefix&gt;-&lt;year&gt;-&lt;sequence&gt;</c>, e.g. <c>PT-2026-0017</c>.</summary>
public static class CaseNumbers
{
    private static readonly Dictionary<string, string> Prefixes = new(StringComparer.Ordinal)
    {
        ["baoshan"] = "BS",
        ["putuo"] = "PT",
        ["yangpu"] = "YP",
        ["songjiang"] = "SJ",
    };

    /// <summary>The prefix of the district a path lies in; the city itself uses <c>SH</c>.</summary>
    public static string PrefixOf(string path)
    {
        var lineage = UnitPath.Lineage(path);
        if (lineage.Count < 2)
        {
            return "SH";
        }

        var district = lineage[1].Trim('/').Split('/')[^1];
        return Prefixes.TryGetValue(district, out var prefix) ? prefix : district[..Math.Min(2, district.Length)].ToUpperInvariant();
    }

    public static string Format(string prefix, int year, int sequence) => $"{prefix}-{year}-{sequence:D4}";

    /// <summary>The counter row of the district and year of a case owned at <paramref name="ownerPath"/>.</summary>
    public static string CounterKey(string ownerPath, DateTime now) => $"{PrefixOf(ownerPath)}-{now.Year}";

    /// <summary>
    /// Takes the next number for a case owned at <paramref name="ownerPath"/> with one atomic
    /// insert-or-increment of the counter row, so that concurrent registrations never get the same
    /// number, never lose an increment and never see a conflict. Call it inside the registration's
    /// transaction: the row stays locked until the case is saved, and a registration that fails
    /// gives its number back.
    /// </summary>
    public static async Task<string> NextAsync(PlatformDbContext db, string ownerPath, DateTime now, CancellationToken cancellationToken)
    {
        var taken = await Increment(db, CounterKey(ownerPath, now)).ToListAsync(cancellationToken);
        return Format(PrefixOf(ownerPath), now.Year, taken.Single());
    }

    /// <summary>The insert-or-increment statement of the context's provider, returning the new last number as <c>Value</c>.</summary>
    internal static IQueryable<int> Increment(PlatformDbContext db, string key) =>
        db.Database.IsSqlServer()
            // MERGE … HOLDLOCK takes a key-range lock, so two first takers of a new key cannot both insert.
            ? db.Database.SqlQuery<int>($"""
                MERGE [CaseNumberCounters] WITH (HOLDLOCK) AS [c]
                USING (SELECT CAST({key} AS varchar(32)) AS [Key]) AS [n] ON [c].[Key] = [n].[Key]
                WHEN MATCHED THEN UPDATE SET [c].[Last] = [c].[Last] + 1
                WHEN NOT MATCHED THEN INSERT ([Key], [Last]) VALUES ([n].[Key], 1)
                OUTPUT INSERTED.[Last] AS [Value];
                """)
            : db.Database.SqlQuery<int>($"""
                INSERT INTO "CaseNumberCounters" ("Key", "Last") VALUES ({key}, 1)
                ON CONFLICT ("Key") DO UPDATE SET "Last" = "Last" + 1
                RETURNING "Last" AS "Value"
                """);
}

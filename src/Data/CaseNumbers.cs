using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
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

    /// <summary>
    /// Takes the next number for a case owned at <paramref name="ownerPath"/>. The counter row is
    /// updated in the caller's transaction; a concurrent taker makes the save fail with a
    /// concurrency conflict rather than hand out the same number twice.
    /// </summary>
    public static async Task<string> NextAsync(PlatformDbContext db, string ownerPath, DateTime now, CancellationToken cancellationToken)
    {
        var prefix = PrefixOf(ownerPath);
        var key = $"{prefix}-{now.Year}";
        var counter = await db.CaseNumberCounters.SingleOrDefaultAsync(c => c.Key == key, cancellationToken);
        if (counter is null)
        {
            counter = new CaseNumberCounter { Key = key };
            db.CaseNumberCounters.Add(counter);
        }

        counter.Last++;
        return Format(prefix, now.Year, counter.Last);
    }
}

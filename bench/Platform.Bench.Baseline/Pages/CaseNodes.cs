using Microsoft.Data.Sqlite;
using Platform.Bench.Baseline.Data;
using Platform.Data.Protection;

namespace Platform.Bench.Baseline.Pages;

/// <summary>A case of a page as the page query reads it.</summary>
public sealed record CaseRow(int Id, string Number, string Title, string Status, DateTime RegisteredAt, DateTime AcceptDueAt, DateTime? ResolveDueAt, int OwnerUnitId, int HandlingUnitId, string OwnerPath, string HandlingPath);

public sealed record PetitionerRow(int CaseId, string Name, string? Phone);

public sealed record EventRow(int CaseId, string Kind, DateTime OccurredAt, string ActorName, int ActorUnitId);

/// <summary>
/// Everything a page of cases shows besides the cases: their units, petitioners (masked unless
/// readable) and three latest events with their actors' units — read with the app's commands, in
/// the app's batches: one per kind of child, and the actors' units not already read.
/// </summary>
public sealed class CaseNodes
{
    public Dictionary<int, string> Units { get; } = [];
    public ILookup<int, PetitionerRow> Petitioners { get; private set; } = Array.Empty<PetitionerRow>().ToLookup(p => p.CaseId);
    public Dictionary<int, List<EventRow>> Events { get; } = [];

    public static async Task<CaseNodes> LoadAsync(Database db, SqliteConnection connection, Tenant tenant, IReadOnlyList<CaseRow> cases, bool noTenant, CancellationToken ct)
    {
        var nodes = new CaseNodes();
        if (cases.Count == 0)
        {
            return nodes;
        }

        var caseIds = cases.Select(c => c.Id).ToList();
        await nodes.LoadUnitsAsync(db, connection, tenant, cases.SelectMany(c => new[] { c.OwnerUnitId, c.HandlingUnitId }), ct);

        var petitioners = new List<PetitionerRow>();
        using (var command = Database.Command(connection, db.Sql.Get("Petitioners", noTenant), tenant, "@list", caseIds))
        using (var reader = await Database.ReadAsync(command, ct))
        {
            while (await reader.ReadAsync(ct))
            {
                petitioners.Add(new PetitionerRow(reader.GetInt32(0), reader.GetString(2), reader.IsDBNull(3) ? null : PiiCipher.Unprotect(reader.GetString(3))));
            }
        }

        nodes.Petitioners = Mask(tenant, cases, petitioners).ToLookup(p => p.CaseId);

        // 'last: 3' with nodes alone: the three newest per case, read newest first with no count, shown oldest first.
        using (var command = Database.Command(connection, db.Sql.Get("LatestEvents", noTenant), tenant, "@list", caseIds))
        {
            command.Parameters.AddWithValue("@value", 3);
            using var reader = await Database.ReadAsync(command, ct);
            while (await reader.ReadAsync(ct))
            {
                var row = new EventRow(reader.GetInt32(2), reader.GetString(4), Utc(reader.GetDateTime(5)), reader.GetString(0), reader.GetInt32(1));
                if (!nodes.Events.TryGetValue(row.CaseId, out var list))
                {
                    nodes.Events[row.CaseId] = list = [];
                }

                list.Add(row);
            }
        }

        foreach (var list in nodes.Events.Values)
        {
            list.Reverse();
        }

        await nodes.LoadUnitsAsync(db, connection, tenant, nodes.Events.Values.SelectMany(l => l).Select(e => e.ActorUnitId), ct);
        return nodes;
    }

    public static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    /// <summary>Units are read once per request: ids already read are not asked for again (the directory has no tenant filter).</summary>
    private async Task LoadUnitsAsync(Database db, SqliteConnection connection, Tenant tenant, IEnumerable<int> ids, CancellationToken ct)
    {
        var missing = ids.Distinct().Where(id => !Units.ContainsKey(id)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        using var command = Database.Command(connection, db.Sql.Get("UnitsById"), tenant, "@list", missing);
        using var reader = await Database.ReadAsync(command, ct);
        while (await reader.ReadAsync(ct))
        {
            Units[reader.GetInt32(0)] = reader.GetString(1);
        }
    }

    /// <summary>
    /// DESIGN §4 rule 7: unmasked with pii.read when the caller's unit is the owner or handling unit
    /// or above either, decided from the page's case rows, which carry both paths.
    /// </summary>
    private static List<PetitionerRow> Mask(Tenant tenant, IReadOnlyList<CaseRow> cases, List<PetitionerRow> rows)
    {
        var readable = tenant.CanReadPii
            ? cases.Where(c => tenant.Contains(c.OwnerPath) || tenant.Contains(c.HandlingPath)).Select(c => c.Id).ToHashSet()
            : [];
        return [.. rows.Select(p => readable.Contains(p.CaseId) ? p : p with { Name = Wire.MaskName(p.Name), Phone = Wire.MaskPhone(p.Phone) })];
    }
}

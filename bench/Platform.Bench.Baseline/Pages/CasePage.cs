using System.Text.Json;
using Microsoft.Data.Sqlite;
using Platform.Bench.Baseline.Data;

namespace Platform.Bench.Baseline.Pages;

/// <summary>
/// A connection of cases as both the committee queue and the township page answer it:
/// <c>totalCount</c>, <c>nodes</c> with their units, petitioners and latest events, and
/// <c>pageInfo</c>; the count first, then the page read one row longer than asked.
/// </summary>
public static class CasePage
{
    public static async Task WriteAsync(
        Utf8JsonWriter json, Database db, Tenant tenant, string countSql, Func<long, string> pageSql, int first,
        Action<SqliteCommand> parameters, bool noTenant, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        long total;
        using (var count = Database.Command(connection, countSql, tenant))
        {
            parameters(count);
            total = await Database.ScalarAsync(count, ct);
        }

        var rows = new List<CaseRow>(first + 1);
        using (var page = Database.Command(connection, pageSql(total), tenant))
        {
            parameters(page);
            page.Parameters.AddWithValue("@p", first + 1);
            using var reader = await Database.ReadAsync(page, ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add(new CaseRow(
                    Id: reader.GetInt32(3),
                    Number: reader.GetString(4),
                    Title: reader.GetString(10),
                    Status: reader.GetString(9),
                    RegisteredAt: CaseNodes.Utc(reader.GetDateTime(7)),
                    AcceptDueAt: CaseNodes.Utc(reader.GetDateTime(0)),
                    ResolveDueAt: reader.IsDBNull(8) ? null : CaseNodes.Utc(reader.GetDateTime(8)),
                    OwnerUnitId: reader.GetInt32(6),
                    HandlingUnitId: reader.GetInt32(2),
                    OwnerPath: reader.GetString(5),
                    HandlingPath: reader.GetString(1)));
            }
        }

        var cases = rows.Take(first).ToList();
        var nodes = await CaseNodes.LoadAsync(db, connection, tenant, cases, noTenant, ct);

        json.WriteStartObject();
        json.WriteNumber("totalCount", total);
        json.WriteStartArray("nodes");
        foreach (var c in cases)
        {
            WriteCase(json, c, nodes);
        }

        json.WriteEndArray();
        json.WriteStartObject("pageInfo");
        json.WriteBoolean("hasNextPage", rows.Count > first);
        if (cases.Count > 0)
        {
            json.WriteString("endCursor", Wire.Cursor(cases.Count - 1));
        }
        else
        {
            json.WriteNull("endCursor");
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteCase(Utf8JsonWriter json, CaseRow c, CaseNodes nodes)
    {
        json.WriteStartObject();
        json.WriteString("id", Wire.Id("Case", c.Id));
        json.WriteString("number", c.Number);
        json.WriteString("title", c.Title);
        json.WriteString("status", Wire.Constant(c.Status));
        json.WriteString("registeredAt", Wire.Time(c.RegisteredAt));

        // The deadline that applies now: acceptance while REGISTERED, handling while ACCEPTED or IN_PROGRESS.
        DateTime? dueAt = c.Status switch
        {
            "Registered" => c.AcceptDueAt,
            "Accepted" or "InProgress" => c.ResolveDueAt,
            _ => null,
        };
        if (dueAt is { } due)
        {
            json.WriteString("dueAt", Wire.Time(due));
        }
        else
        {
            json.WriteNull("dueAt");
        }

        WriteUnit(json, "ownerUnit", nodes, c.OwnerUnitId);
        WriteUnit(json, "handlingUnit", nodes, c.HandlingUnitId);

        json.WriteStartArray("petitioners");
        foreach (var p in nodes.Petitioners[c.Id])
        {
            json.WriteStartObject();
            json.WriteString("name", p.Name);
            json.WriteString("phone", p.Phone);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartObject("events");
        json.WriteStartArray("nodes");
        foreach (var e in nodes.Events.GetValueOrDefault(c.Id) ?? [])
        {
            json.WriteStartObject();
            json.WriteString("kind", Wire.Constant(e.Kind));
            json.WriteString("occurredAt", Wire.Time(e.OccurredAt));
            json.WriteString("actorName", e.ActorName);
            WriteUnit(json, "actorUnit", nodes, e.ActorUnitId);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteUnit(Utf8JsonWriter json, string field, CaseNodes nodes, int unitId)
    {
        json.WriteStartObject(field);
        json.WriteString("name", nodes.Units[unitId]);
        json.WriteEndObject();
    }
}

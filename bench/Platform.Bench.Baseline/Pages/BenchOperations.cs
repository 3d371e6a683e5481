using System.Text.Json;
using Platform.Bench.Baseline.Data;
using Platform.Bench.Baseline.Sql;

namespace Platform.Bench.Baseline.Pages;

/// <summary>The benchmark's three operations (Platform.Bench's BenchQueries), written field for field as the app writes them.</summary>
public static class BenchOperations
{
    /// <summary><c>viewer { queue(kind: IN_PROGRESS, scope: UNIT, first: $first) { … } }</c> of the caller's own unit.</summary>
    public static async Task CommitteeQueueAsync(Utf8JsonWriter json, Database db, Tenant tenant, int first, bool noTenant, CancellationToken ct)
    {
        json.WriteStartObject("viewer");
        json.WritePropertyName("queue");
        await CasePage.WriteAsync(json, db, tenant, db.Sql.Get("QueueCount", noTenant), _ => db.Sql.Get("QueuePage", noTenant), first,
            command => command.Parameters.AddWithValue("@paths", SqlCommands.List([tenant.Path])), noTenant, ct);
        json.WriteEndObject();
    }

    /// <summary><c>cases(first: $first) { … }</c>, newest first; a wide scope's page walks the registration-date index, as the app's does.</summary>
    public static async Task TownshipCasesAsync(Utf8JsonWriter json, Database db, Tenant tenant, int first, bool noTenant, CancellationToken ct)
    {
        json.WritePropertyName("cases");
        await CasePage.WriteAsync(json, db, tenant, db.Sql.Get("CasesCount", noTenant),
            total => db.Sql.Get((first + 1) * db.CaseRows < total * total ? "CasesPage.Walk" : "CasesPage", noTenant), first,
            _ => { }, noTenant, ct);
    }

    /// <summary><c>cases(first: 20, where: { status: { in: [ACCEPTED, IN_PROGRESS] } }, order: [{ registeredAt: DESC }]) { totalCount nodes { id } }</c>.</summary>
    public static async Task CityWideAsync(Utf8JsonWriter json, Database db, Tenant tenant, bool noTenant, CancellationToken ct)
    {
        const int first = 20;
        await using var connection = await db.OpenAsync(ct);
        long total;
        using (var count = Database.Command(connection, db.Sql.Get("OpenCasesCount", noTenant), tenant))
        {
            Statuses(count);
            total = await Database.ScalarAsync(count, ct);
        }

        json.WriteStartObject("cases");
        json.WriteNumber("totalCount", total);
        json.WriteStartArray("nodes");
        using (var page = Database.Command(connection, db.Sql.Get("OpenCasesPage", noTenant), tenant))
        {
            Statuses(page);
            page.Parameters.AddWithValue("@p", first + 1);
            using var reader = await Database.ReadAsync(page, ct);
            // All first + 1 rows are read, as the app reads them; the last one only tells of a next page.
            for (var i = 0; await reader.ReadAsync(ct); i++)
            {
                var id = reader.GetInt32(0);
                if (i < first)
                {
                    json.WriteStartObject();
                    json.WriteString("id", Wire.Id("Case", id));
                    json.WriteEndObject();
                }
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();

        static void Statuses(Microsoft.Data.Sqlite.SqliteCommand command)
        {
            command.Parameters.AddWithValue("@Value", SqlCommands.List(["Accepted", "InProgress"]));
        }
    }
}

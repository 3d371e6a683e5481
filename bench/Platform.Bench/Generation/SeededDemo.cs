using Microsoft.Data.Sqlite;
using Platform.Data.Entities;

namespace Platform.Bench.Generation;

/// <summary>What the app's demo seeding put in the database that the generated tree builds on: units and accounts.</summary>
internal static class SeededDemo
{
    public static List<UnitNode> Units(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT "Id", "Code", "Name", "Kind", "ParentId", "Path" FROM "Units" ORDER BY "Depth", "Id" """;
        using var reader = command.ExecuteReader();
        var byId = new Dictionary<int, UnitNode>();
        var units = new List<UnitNode>();
        while (reader.Read())
        {
            var parent = reader.IsDBNull(4) ? null : byId[reader.GetInt32(4)];
            var unit = new UnitNode
            {
                Id = reader.GetInt32(0),
                Code = reader.GetString(1),
                Name = reader.GetString(2),
                Kind = Enum.Parse<UnitKind>(reader.GetString(3)),
                Parent = parent,
                Path = reader.GetString(5),
                IsDemo = true,
            };
            parent?.Children.Add(unit);
            byId[unit.Id] = unit;
            units.Add(unit);
        }

        return units;
    }

    public static Dictionary<(string Path, string Role), Actor> Accounts(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT u."Id", u."DisplayName", u."UnitId", n."Path", r."Name"
            FROM "AspNetUsers" AS u
            JOIN "Units" AS n ON n."Id" = u."UnitId"
            JOIN "AspNetUserRoles" AS ur ON ur."UserId" = u."Id"
            JOIN "AspNetRoles" AS r ON r."Id" = ur."RoleId"
            """;
        using var reader = command.ExecuteReader();
        var accounts = new Dictionary<(string, string), Actor>();
        while (reader.Read())
        {
            accounts.TryAdd((reader.GetString(3), reader.GetString(4)), new Actor(reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
        }

        return accounts;
    }
}

using System.Text;
using System.Text.Json;

namespace Platform.Bench.Baseline.Sql;

/// <summary>The commands of <c>Sql/commands.sql</c> by name.</summary>
public sealed class SqlCommands
{
    private readonly Dictionary<string, string> commands;

    private SqlCommands(Dictionary<string, string> commands) => this.commands = commands;

    public static SqlCommands Load()
    {
        using var stream = typeof(SqlCommands).Assembly.GetManifestResourceStream("commands.sql")
            ?? throw new InvalidOperationException("commands.sql is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var commands = new Dictionary<string, string>(StringComparer.Ordinal);
        string? name = null;
        var text = new StringBuilder();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.StartsWith("-- name: ", StringComparison.Ordinal))
            {
                Add();
                name = line["-- name: ".Length..].Trim();
            }
            else if (name is not null)
            {
                text.AppendLine(line);
            }
        }

        Add();
        return new SqlCommands(commands);

        void Add()
        {
            if (name is not null)
            {
                commands[name] = text.ToString().Trim().Replace("\r\n", "\n", StringComparison.Ordinal);
            }

            text.Clear();
        }
    }

    /// <summary>The command <paramref name="name"/>, or its <c>.NoTenant</c> twin.</summary>
    public string Get(string name, bool withoutTenantFilter = false) =>
        commands[withoutTenantFilter && commands.ContainsKey(name + ".NoTenant") ? name + ".NoTenant" : name];

    /// <summary>A list parameter as the app sends it on SQLite: one JSON array, read with <c>json_each</c>.</summary>
    public static string List<T>(IReadOnlyList<T> values) => JsonSerializer.Serialize(values);
}

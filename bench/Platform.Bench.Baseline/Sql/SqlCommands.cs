using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Bench.Baseline.Sql;

/// <summary>The commands of <c>Sql/commands.sql</c> by name, with EF Core's expansion of list parameters.</summary>
public sealed partial class SqlCommands
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

    /// <summary>
    /// Expands <c>IN (@name[])</c> for a list of <paramref name="count"/> values, as EF Core 10 does:
    /// one parameter per value, the list padded (repeating its last value) to a multiple of 10 above
    /// 5 values, of 50 above 150 and of 100 above 750, so that similar lists share one statement.
    /// </summary>
    public static string Expand(string text, int count) => ListParameter().Replace(text, match =>
    {
        count = Padded(count);
        var parameter = match.Groups[1].Value;
        return count == 1
            ? $" = {parameter}1"
            : $" IN ({string.Join(", ", Enumerable.Range(1, count).Select(i => $"{parameter}{i}"))})";
    });

    /// <summary>The number of parameters EF Core sends for a list of <paramref name="count"/> values.</summary>
    public static int Padded(int count)
    {
        var bucket = count switch { <= 5 => 1, <= 150 => 10, <= 750 => 50, <= 2000 => 100, _ => 200 };
        return count + (bucket - count % bucket) % bucket;
    }

    [GeneratedRegex(@" IN \((@\w+)\[\]\)")]
    private static partial Regex ListParameter();
}

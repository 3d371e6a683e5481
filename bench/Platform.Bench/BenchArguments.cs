using System.Globalization;

namespace Platform.Bench;

/// <summary>The command line: a command followed by <c>--name value</c> options.</summary>
internal sealed class BenchArguments
{
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);

    private BenchArguments(string command) => Command = command;

    public string Command { get; }

    public static BenchArguments Parse(string[] args)
    {
        var parsed = new BenchArguments(args.Length > 0 ? args[0] : "help");
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'; options are --name value.");
            }

            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            parsed.options[args[i][2..]] = hasValue ? args[++i] : "true";
        }

        return parsed;
    }

    public string? Text(string name) => options.GetValueOrDefault(name);

    public string Text(string name, string fallback) => options.GetValueOrDefault(name) ?? fallback;

    public bool Flag(string name) => options.ContainsKey(name);

    /// <summary>A count such as <c>1000000</c>, <c>100k</c> or <c>1m</c>.</summary>
    public int Count(string name, int fallback)
    {
        if (options.GetValueOrDefault(name) is not { } text)
        {
            return fallback;
        }

        var (digits, factor) = text.ToLowerInvariant() switch
        {
            var t when t.EndsWith('k') => (t[..^1], 1_000),
            var t when t.EndsWith('m') => (t[..^1], 1_000_000),
            var t => (t, 1),
        };
        return (int)(double.Parse(digits, CultureInfo.InvariantCulture) * factor);
    }

    /// <summary>A duration in seconds, e.g. <c>5</c> or <c>0.5</c>.</summary>
    public TimeSpan Seconds(string name, double fallback) =>
        TimeSpan.FromSeconds(options.GetValueOrDefault(name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : fallback);
}

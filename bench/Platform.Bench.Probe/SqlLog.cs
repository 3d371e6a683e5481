using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Reflection;

namespace Platform.Bench.Probe;

/// <summary>The SQL commands sent while capturing is on: their text and parameter values.</summary>
internal static class SqlLog
{
    private static readonly ConcurrentQueue<CapturedCommand> Commands = new();
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> CommandProperties = new();
    private static volatile bool capturing;

    public static bool Capturing => capturing;

    public static void Start()
    {
        Commands.Clear();
        capturing = true;
    }

    public static IReadOnlyList<CapturedCommand> Stop()
    {
        capturing = false;
        return [.. Commands];
    }

    /// <summary>
    /// EF Core's payload is a <c>CommandEventData</c> with a <c>Command</c> property; the baseline
    /// sends the <see cref="DbCommand"/> itself.
    /// </summary>
    public static void OnCommandEvent(KeyValuePair<string, object?> e)
    {
        if (!capturing || e.Value is null)
        {
            return;
        }

        var command = e.Value as DbCommand
            ?? CommandProperties.GetOrAdd(e.Value.GetType(), t => t.GetProperty("Command"))?.GetValue(e.Value) as DbCommand;
        // The outbox reader (subscriptions) and the webhook dispatcher poll in the background on
        // their own timers: not part of the request measured, as the tests' SQL counts leave them out too.
        if (command is null || command.CommandText.Contains("FROM \"OutboxEvents\"", StringComparison.Ordinal)
            || command.CommandText.Contains("\"Webhook", StringComparison.Ordinal))
        {
            return;
        }

        var parameters = command.Parameters.Cast<DbParameter>()
            .Select(p => new KeyValuePair<string, string?>(p.ParameterName, Convert.ToString(p.Value, CultureInfo.InvariantCulture)))
            .ToList();
        Commands.Enqueue(new CapturedCommand(command.CommandText, parameters));
    }
}

internal sealed record CapturedCommand(string Text, IReadOnlyList<KeyValuePair<string, string?>> Parameters);

using Platform.Data.Entities;
using Platform.Data.Events;

namespace Platform.Workflow.Webhooks;

/// <summary>The event kinds of a webhook as stored: <c>CONSTANT_CASE</c> names separated by commas.</summary>
public static class WebhookKinds
{
    private static readonly Dictionary<string, CaseEventKind> ByName =
        Enum.GetValues<CaseEventKind>().ToDictionary(k => EnumNames.Constant(k), StringComparer.Ordinal);

    public static string Format(IEnumerable<CaseEventKind> kinds) =>
        string.Join(',', kinds.Distinct().Order().Select(k => EnumNames.Constant(k)));

    public static IReadOnlyList<CaseEventKind> Parse(string stored) =>
        [.. stored.Split(',', StringSplitOptions.RemoveEmptyEntries).Where(ByName.ContainsKey).Select(n => ByName[n])];

    public static bool Includes(string stored, CaseEventKind kind) =>
        stored.Split(',').Contains(EnumNames.Constant(kind), StringComparer.Ordinal);
}

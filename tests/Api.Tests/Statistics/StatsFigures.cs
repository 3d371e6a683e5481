using System.Text.Json.Nodes;

namespace Platform.Api.Tests.Statistics;

/// <summary>The scalar figures of a <c>UnitStats</c> object, compared as one value so that a failure shows every difference.</summary>
public sealed record StatsFigures(
    int Cases,
    int Persons,
    int Accepted,
    int Resolved,
    int Verified,
    double? AcceptedOnTimeRate,
    double? ResolvedOnTimeRate,
    double? ParticipationRate,
    double? SatisfactionRate,
    int OverdueNow,
    int EscalatedCount,
    int ReferredCount,
    (int Sessions, int Completed, int Agreements, double? Rate) Mediation,
    (int Received, int Answered, int Adopted, double? Rate) Suggestions)
{
    public static StatsFigures Of(JsonNode? stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        var m = stats["mediation"]!;
        var s = stats["suggestions"]!;
        return new StatsFigures(
            Int(stats, "cases"),
            Int(stats, "persons"),
            Int(stats, "accepted"),
            Int(stats, "resolved"),
            Int(stats, "verified"),
            Rate(stats, "acceptedOnTimeRate"),
            Rate(stats, "resolvedOnTimeRate"),
            Rate(stats, "participationRate"),
            Rate(stats, "satisfactionRate"),
            Int(stats, "overdueNow"),
            Int(stats, "escalatedCount"),
            Int(stats, "referredCount"),
            (Int(m, "sessions"), Int(m, "completed"), Int(m, "agreements"), Rate(m, "agreementRate")),
            (Int(s, "received"), Int(s, "answered"), Int(s, "adopted"), Rate(s, "adoptedRate")));
    }

    /// <summary>The non-zero rows of a <c>byChannel</c>/<c>byCategory</c>/<c>byStatus</c> list as <c>KEY=cases/persons</c>.</summary>
    public static IReadOnlyList<string> Groups(JsonNode? stats, string field) =>
        stats![field]!.AsArray()
            .Where(g => Int(g!, "cases") > 0)
            .Select(g => $"{g!["key"]!.GetValue<string>()}={Int(g, "cases")}/{Int(g, "persons")}")
            .ToList();

    private static int Int(JsonNode node, string name) => node[name]!.GetValue<int>();

    private static double? Rate(JsonNode node, string name) => node[name]?.GetValue<double>();
}

using Platform.Data.Entities;

namespace Platform.Data.Events;

/// <summary>
/// The details (<see cref="CaseEvent.Data"/>) of each kind of timeline entry, written once for live
/// changes and the demo seed, so that an entry has the same shape however it came about. Kinds
/// without details (a note, an acceptance, a resolution …) store none.
/// </summary>
public static class CaseEventData
{
    public static object Registered(string unitPath, int headcount) => new { unit = unitPath, headcount };

    /// <summary>A case registered from a suggestion names the suggestion it came from.</summary>
    public static object RegisteredFrom(string unitPath, int headcount, int suggestionId) =>
        new { unit = unitPath, headcount, suggestion = NodeIds.Encode(NodeIds.Suggestion, suggestionId) };

    /// <summary>A hand-over between units: assignment, escalation, referral and its answer, a request for assistance.</summary>
    public static object Moved(string fromPath, string toPath) => new { from = fromPath, to = toPath };

    public static object LeaderOwnerAssigned(string? leader, string? previous) => new { leader, previous };

    public static object Supervised(SupervisionLevel level, DateTime replyDueAt, int supervisionId) => new
    {
        level = EnumNames.Constant(level),
        replyDueAt,
        supervisionId = NodeIds.Encode(NodeIds.CaseSupervision, supervisionId),
    };

    public static object SupervisionReplied(int supervisionId) =>
        new { supervisionId = NodeIds.Encode(NodeIds.CaseSupervision, supervisionId) };

    public static object DeadlineExtended(int days, DateTime from, DateTime to) => new { days, from, to };

    /// <summary>The four checks (四个是否) as recorded.</summary>
    public static object Verified(CaseVerification verification) => new
    {
        satisfaction = EnumNames.Constant(verification.Satisfaction),
        method = EnumNames.Constant(verification.Method),
        handledPerNorm = verification.HandledPerNorm,
        measuresImplemented = verification.MeasuresImplemented,
        problemSolved = verification.ProblemSolved,
        citizenSatisfied = verification.CitizenSatisfied,
    };

    public static object Reopened(int review, DateTime? resolveDueAt) => new { review, resolveDueAt };

    public static object ClosedUnresolved() => new { unresolved = true };

    public static object MediationScheduled(int sessionId, MediationKind kind, DateTime scheduledAt, string place) => new
    {
        session = NodeIds.Encode(NodeIds.MediationSession, sessionId),
        kind = EnumNames.Constant(kind),
        scheduledAt,
        place,
    };

    public static object MediationRecorded(int sessionId, MediationOutcome outcome, DateTime? followUpAt) => new
    {
        session = NodeIds.Encode(NodeIds.MediationSession, sessionId),
        outcome = EnumNames.Constant(outcome),
        followUpAt,
    };

    /// <summary>The petitioner's own answer, given with the receipt.</summary>
    public static object CitizenRated(Satisfaction satisfaction) => new { satisfaction = EnumNames.Constant(satisfaction) };

    /// <summary>On a duplicate's timeline: the case it repeats.</summary>
    public static object PrimaryCase(int caseId, string number) => new { primary = NodeIds.Encode(NodeIds.Case, caseId), @case = number };

    /// <summary>On a primary case's timeline: the case that repeats it.</summary>
    public static object DuplicateCase(int caseId, string number) => new { duplicate = NodeIds.Encode(NodeIds.Case, caseId), @case = number };
}

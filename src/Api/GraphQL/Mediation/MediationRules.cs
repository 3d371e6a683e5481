using Platform.Api.GraphQL.Common.Mutations;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Mediation;

/// <summary>The limits and state rules the mediation mutations share.</summary>
public static class MediationRules
{
    public const int MaxSubject = 200;
    public const int MaxPlace = 200;
    public const int MaxName = 100;
    public const int MaxPhone = 32;
    public const int MaxSide = 50;
    public const int MaxOrganization = 100;
    public const int MaxReason = 2_000;
    public const int MaxAgreement = 10_000;
    public const int MaxParties = 50;
    public const int MaxMediators = 20;

    /// <summary>History kinds of a session (<see cref="ActivityEvent.Kind"/>).</summary>
    public const string Scheduled = "MEDIATION_SCHEDULED";
    public const string Rescheduled = "MEDIATION_RESCHEDULED";
    public const string Cancelled = "MEDIATION_CANCELLED";
    public const string Recorded = "MEDIATION_RECORDED";

    /// <summary>A time that must lie ahead of now; GraphQL DateTime values without a zone are read as UTC.</summary>
    public static DateTime Future(InputValidator check, string field, DateTime value, DateTime now)
    {
        var utc = value.Kind switch
        {
            DateTimeKind.Local => value.ToUniversalTime(),
            DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
            _ => value,
        };
        if (utc <= now)
        {
            check.Add(field, $"'{field}' must be in the future.");
        }

        return utc;
    }

    /// <summary>Rescheduling, cancelling and recording are for sessions still scheduled.</summary>
    public static void RequireScheduled(MediationSession session, string action)
    {
        if (session.Status != MediationStatus.Scheduled)
        {
            throw new InvalidTransitionException(action, EnumName(session.Status));
        }
    }

    /// <summary>The GraphQL name of an enum value, e.g. <c>NO_AGREEMENT</c>.</summary>
    public static string EnumName(Enum value) =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
}

using Platform.Data.Entities;

namespace Platform.Data.Seeding;

/// <summary>
/// One demo case as a table row. The builder derives the timeline, deadlines and dates from
/// <see cref="Status"/> and <see cref="DaysAgo"/> (days between registration and now).
/// </summary>
internal sealed record DemoCaseSpec(
    string Key,
    string OwnerPath,
    CaseStatus Status,
    int DaysAgo,
    CaseCategory Category,
    Channel Channel,
    ReceptionForm Form,
    int Headcount,
    string Title,
    string Description)
{
    /// <summary>Shares made after registration, in order; each moves or widens the case as DESIGN §5 says.</summary>
    public IReadOnlyList<DemoHop> Hops { get; init; } = [];

    /// <summary>Demo account of a leader who owns the case (领导包案).</summary>
    public string? LeaderOwner { get; init; }

    /// <summary>The reply to the petitioner, or the reason it was not accepted.</summary>
    public string? Answer { get; init; }

    /// <summary>A progress note recorded while handling.</summary>
    public string? Note { get; init; }

    public Satisfaction Satisfaction { get; init; } = Satisfaction.Satisfied;

    /// <summary>A dissatisfied verification reopened the case for review (复查); status is then IN_PROGRESS.</summary>
    public bool Reopened { get; init; }

    public DemoSupervisionSpec? Supervision { get; init; }
}

/// <summary>A share of a demo case; the acting unit is the case's handling unit at that moment.</summary>
internal sealed record DemoHop(ShareKind Kind, string TargetPath, string Reason, ShareStatus Status = ShareStatus.Active)
{
    public string? ResponseReason { get; init; }
}

/// <summary>A supervision order on a demo case by a superior unit's leader.</summary>
internal sealed record DemoSupervisionSpec(string IssuerPath, SupervisionLevel Level, string Instruction, string? Reply);

using Platform.Data.Entities;

namespace Platform.Api.Tests.Statistics;

/// <summary>
/// Builds rows for statistics tests, inserted straight into the store: deadlines follow the
/// default policy (acceptance due 15 days after registration, resolution 60 days after acceptance).
/// </summary>
public sealed class StatsRecords(IReadOnlyDictionary<string, Unit> units)
{
    private int next;

    public Unit Unit(string path) => units[path];

    public Case Case(
        string ownerPath, Channel channel, CaseCategory category, CaseStatus status, int headcount,
        DateTime registeredAt, DateTime? acceptedAt = null, DateTime? resolvedAt = null)
    {
        var owner = Unit(ownerPath);
        return new Case
        {
            Number = $"STATS-{Interlocked.Increment(ref next):D6}-{Guid.NewGuid():N}"[..32],
            Title = "统计测试事项",
            Description = "统计测试",
            Category = category,
            Channel = channel,
            ReceptionForm = ReceptionForm.OnSite,
            Status = status,
            Headcount = headcount,
            OwnerUnitId = owner.Id,
            OwnerPath = owner.Path,
            HandlingUnitId = owner.Id,
            HandlingPath = owner.Path,
            FirstReceiverId = "stats-test",
            FirstReceiverName = "统计测试",
            RegisteredAt = registeredAt,
            AcceptDueAt = registeredAt.AddDays(15),
            AcceptedAt = acceptedAt,
            ResolveDueAt = acceptedAt?.AddDays(60),
            ResolvedAt = resolvedAt,
        };
    }

    public Case Verified(Case @case, DateTime at, Satisfaction satisfaction)
    {
        @case.Verifications.Add(new CaseVerification
        {
            OwnerPath = @case.OwnerPath,
            HandledPerNorm = true,
            MeasuresImplemented = true,
            ProblemSolved = satisfaction != Satisfaction.Dissatisfied,
            CitizenSatisfied = satisfaction != Satisfaction.Dissatisfied,
            Satisfaction = satisfaction,
            Method = VerificationMethod.Phone,
            VerifiedAt = at,
            VerifiedById = "stats-test",
            VerifiedByUnitId = @case.OwnerUnitId,
        });
        return @case;
    }

    /// <summary>The timeline entry a decline (不予受理) writes.</summary>
    public static Case Declined(Case @case, DateTime at)
    {
        @case.Events.Add(new CaseEvent
        {
            OwnerPath = @case.OwnerPath,
            Kind = CaseEventKind.Declined,
            OccurredAt = at,
            ActorId = "stats-test",
            ActorName = "统计测试",
            ActorUnitId = @case.OwnerUnitId,
            Note = "不属于信访事项",
        });
        return @case;
    }

    public Case Shared(Case @case, ShareKind kind, string fromPath, string targetPath, DateTime at)
    {
        var target = Unit(targetPath);
        @case.Shares.Add(new CaseShare
        {
            OwnerPath = @case.OwnerPath,
            Kind = kind,
            Status = ShareStatus.Active,
            FromUnitId = Unit(fromPath).Id,
            TargetUnitId = target.Id,
            TargetPath = target.Path,
            CreatedAt = at,
            CreatedById = "stats-test",
            CreatedByName = "统计测试",
        });
        return @case;
    }

    public MediationSession Session(string ownerPath, DateTime scheduledAt, MediationStatus status, MediationOutcome? outcome = null)
    {
        var owner = Unit(ownerPath);
        return new MediationSession
        {
            OwnerUnitId = owner.Id,
            OwnerPath = owner.Path,
            Kind = MediationKind.Peoples,
            Status = status,
            Subject = "统计测试调解",
            Place = "调解室",
            ScheduledAt = scheduledAt,
            Outcome = outcome,
            RecordedAt = outcome is null ? null : scheduledAt.AddHours(2),
        };
    }

    public static Suggestion Suggestion(Campaign campaign, DateTime submittedAt, SuggestionStatus status) => new()
    {
        CampaignId = campaign.Id,
        OwnerPath = campaign.OwnerPath,
        Content = "统计测试建议",
        Channel = SuggestionChannel.Online,
        SubmittedAt = submittedAt,
        Status = status,
        AnsweredAt = status is SuggestionStatus.Submitted or SuggestionStatus.UnderReview ? null : submittedAt.AddDays(7),
    };
}

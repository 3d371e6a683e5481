using Platform.Data.Entities;
using Platform.Data.Events;

namespace Platform.Data.Seeding;

/// <summary>Turns a <see cref="DemoCaseSpec"/> into a case whose timeline, dates and deadlines agree with its status.</summary>
internal static class DemoCaseBuilder
{
    private const string DefaultAnswer = "经调查核实，已会同相关部门依法依规处理，并向信访人当面反馈处理意见。";

    public static Case Build(DemoSeedContext context, DemoCaseSpec spec, int index)
    {
        var now = context.Now;
        var registeredAt = context.DaysAgo(spec.DaysAgo, index);
        var owner = context.Unit(spec.OwnerPath);
        var receiver = context.Officer(spec.OwnerPath);
        var @case = new Case
        {
            Title = spec.Title,
            Description = spec.Description,
            Category = spec.Category,
            Channel = spec.Channel,
            ReceptionForm = spec.Form,
            Status = spec.Status,
            Headcount = spec.Headcount,
            OwnerUnitId = owner.Id,
            OwnerPath = owner.Path,
            HandlingUnitId = owner.Id,
            HandlingPath = owner.Path,
            FirstReceiverId = receiver.Id,
            FirstReceiverName = receiver.DisplayName,
            RegisteredAt = registeredAt,
            AcceptDueAt = registeredAt.AddDays(15),
        };
        @case.Petitioners.AddRange(DemoPetitioners.For(spec, index));

        var timeline = new DemoCaseTimeline(context, @case);
        timeline.Add(CaseEventKind.Registered, registeredAt, receiver, null, CaseEventData.Registered(owner.Path, spec.Headcount));

        // Acceptance comes within a tenth of the case's age, between eight hours and five days;
        // shares made before it are spread evenly over that span.
        var acceptHours = Math.Clamp(spec.DaysAgo * 24.0 / 10, 8, 120);
        var hopSpan = TimeSpan.FromHours(acceptHours / (spec.Hops.Count + 1));
        for (var i = 0; i < spec.Hops.Count; i++)
        {
            timeline.Share(spec.Hops[i], registeredAt + hopSpan * (i + 1), hopSpan / 2);
        }

        var decidedAt = registeredAt.AddHours(acceptHours);
        switch (spec.Status)
        {
            case CaseStatus.Registered:
                return @case;
            case CaseStatus.NotAccepted:
                @case.Answer = spec.Answer;
                timeline.Add(CaseEventKind.Declined, decidedAt, timeline.HandlingOfficer, spec.Answer);
                return @case;
            case CaseStatus.Withdrawn:
                Withdraw(timeline, spec, decidedAt, now);
                return @case;
        }

        Accept(timeline, spec, decidedAt);
        if (spec.Status is CaseStatus.Accepted)
        {
            return @case;
        }

        if (spec.Status is CaseStatus.InProgress && !spec.Reopened)
        {
            Handle(timeline, spec, decidedAt, now);
            return @case;
        }

        var resolvedAt = decidedAt + Min(TimeSpan.FromDays(50), (now - decidedAt) * 0.6);
        Handle(timeline, spec, decidedAt, resolvedAt);
        @case.ResolvedAt = resolvedAt;
        @case.Answer = spec.Answer ?? DefaultAnswer;
        timeline.Add(CaseEventKind.Resolved, resolvedAt, timeline.HandlingOfficer, @case.Answer);
        if (spec.Status is CaseStatus.Resolved)
        {
            return @case;
        }

        var verifiedAt = resolvedAt + Min(TimeSpan.FromDays(5), (now - resolvedAt) * 0.4);
        timeline.Verify(verifiedAt, spec.Satisfaction, index);
        if (spec.Reopened)
        {
            // A dissatisfied verification sends the case back once for review (复查) with a fresh handling period.
            var reopenedAt = verifiedAt.AddHours(2);
            @case.ResolvedAt = null;
            @case.ReviewCount = 1;
            @case.ResolveDueAt = reopenedAt.AddDays(60);
            timeline.Add(CaseEventKind.Reopened, reopenedAt, timeline.OwnerOfficer, "信访人对处理结果不满意，启动复查。",
                CaseEventData.Reopened(@case.ReviewCount, @case.ResolveDueAt));
        }
        else if (spec.Status is CaseStatus.Closed)
        {
            var closedAt = verifiedAt + Min(TimeSpan.FromDays(2), (now - verifiedAt) * 0.5);
            @case.ClosedAt = closedAt;
            timeline.Add(CaseEventKind.Closed, closedAt, timeline.HandlingOfficer, "四个是否核查完毕，予以办结。");
        }

        return @case;
    }

    private static void Accept(DemoCaseTimeline timeline, DemoCaseSpec spec, DateTime acceptedAt)
    {
        var @case = timeline.Case;
        @case.AcceptedAt = acceptedAt;
        @case.ResolveDueAt = acceptedAt.AddDays(60);
        timeline.Add(CaseEventKind.Accepted, acceptedAt, timeline.HandlingOfficer);
        if (spec.LeaderOwner is { } leaderName)
        {
            var leader = DemoAccounts.Get(leaderName);
            @case.LeaderOwnerId = leader.Id;
            @case.LeaderOwnerName = leader.DisplayName;
            timeline.Add(CaseEventKind.LeaderOwnerAssigned, acceptedAt.AddHours(1), leader, "领导包案，牵头协调化解。",
                CaseEventData.LeaderOwnerAssigned(leader.DisplayName, previous: null));
        }
    }

    /// <summary>Notes and supervision between acceptance and <paramref name="until"/>.</summary>
    private static void Handle(DemoCaseTimeline timeline, DemoCaseSpec spec, DateTime acceptedAt, DateTime until)
    {
        var span = until - acceptedAt;
        if (spec.Note is { } note)
        {
            timeline.Add(CaseEventKind.NoteAdded, acceptedAt + span * 0.3, timeline.HandlingOfficer, note);
        }

        if (spec.Supervision is { } supervision)
        {
            var replied = supervision.Reply is null ? (DateTime?)null : acceptedAt + span * 0.7;
            timeline.Supervise(supervision, acceptedAt + span * 0.5, replied);
        }
    }

    private static void Withdraw(DemoCaseTimeline timeline, DemoCaseSpec spec, DateTime decidedAt, DateTime now)
    {
        var withdrawnAt = decidedAt;
        if (spec.DaysAgo >= 10)
        {
            Accept(timeline, spec, decidedAt);
            withdrawnAt = decidedAt + (now - decidedAt) * 0.3;
        }

        timeline.Case.Answer = spec.Answer;
        timeline.Add(CaseEventKind.Withdrawn, withdrawnAt, timeline.HandlingOfficer, spec.Answer ?? "信访人主动撤回。");
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}

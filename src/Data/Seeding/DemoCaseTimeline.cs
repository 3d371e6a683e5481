using Platform.Data.Entities;
using Platform.Data.Events;

namespace Platform.Data.Seeding;

/// <summary>Appends events, shares and verifications to one demo case, keeping its handling unit current.</summary>
internal sealed class DemoCaseTimeline(DemoSeedContext context, Case @case)
{
    public Case Case => @case;

    public DemoAccounts.DemoAccount HandlingOfficer => context.Officer(@case.HandlingPath);

    public DemoAccounts.DemoAccount OwnerOfficer => context.Officer(@case.OwnerPath);

    public CaseEvent Add(CaseEventKind kind, DateTime at, DemoAccounts.DemoAccount actor, string? note = null, object? data = null)
    {
        var entry = new CaseEvent
        {
            OwnerPath = @case.OwnerPath,
            Kind = kind,
            OccurredAt = at,
            ActorId = actor.Id,
            ActorName = actor.DisplayName,
            ActorUnitId = context.UnitIdOf(actor),
            Note = note,
            Data = EventJson.Serialize(data),
        };
        @case.Events.Add(entry);
        return entry;
    }

    /// <summary>Records a share at <paramref name="at"/>; a referral's answer comes <paramref name="responseDelay"/> later.</summary>
    public void Share(DemoHop hop, DateTime at, TimeSpan responseDelay)
    {
        var actor = HandlingOfficer;
        var from = context.Unit(@case.HandlingPath);
        var target = context.Unit(hop.TargetPath);
        var share = new CaseShare
        {
            OwnerPath = @case.OwnerPath,
            Kind = hop.Kind,
            Status = hop.Status,
            FromUnitId = from.Id,
            TargetUnitId = target.Id,
            TargetPath = target.Path,
            Reason = hop.Reason,
            CreatedAt = at,
            CreatedById = actor.Id,
            CreatedByName = actor.DisplayName,
        };
        @case.Shares.Add(share);

        var kind = hop.Kind switch
        {
            ShareKind.Escalate => CaseEventKind.Escalated,
            ShareKind.Assign => CaseEventKind.Assigned,
            ShareKind.Refer => CaseEventKind.Referred,
            _ => CaseEventKind.AssistanceRequested,
        };
        Add(kind, at, actor, hop.Reason, CaseEventData.Moved(from.Path, target.Path));

        if (hop.Kind is ShareKind.Escalate or ShareKind.Assign)
        {
            MoveTo(target);
        }
        else if (hop.Kind == ShareKind.Refer && hop.Status != ShareStatus.Active)
        {
            share.RespondedAt = at + responseDelay;
            share.ResponseReason = hop.ResponseReason;
            var responder = context.Officer(target.Path);
            if (hop.Status == ShareStatus.Accepted)
            {
                Add(CaseEventKind.ReferralAccepted, share.RespondedAt.Value, responder, hop.ResponseReason, CaseEventData.Moved(from.Path, target.Path));
                MoveTo(target);
            }
            else
            {
                Add(CaseEventKind.ReferralReturned, share.RespondedAt.Value, responder, hop.ResponseReason, CaseEventData.Moved(target.Path, from.Path));
            }
        }
    }

    public void Supervise(DemoSupervisionSpec spec, DateTime issuedAt, DateTime? repliedAt)
    {
        var issuer = context.Leader(spec.IssuerPath);
        var replyDue = issuedAt.AddDays(spec.Level == SupervisionLevel.Urgent ? 3 : 7);
        var supervision = new CaseSupervision
        {
            OwnerPath = @case.OwnerPath,
            IssuedByUnitId = context.Unit(spec.IssuerPath).Id,
            IssuedById = issuer.Id,
            Level = spec.Level,
            Instruction = spec.Instruction,
            IssuedAt = issuedAt,
            ReplyDueAt = replyDue,
            Reply = repliedAt is null ? null : spec.Reply,
            RepliedAt = repliedAt,
        };
        @case.Supervisions.Add(supervision);

        // Both entries name the order, whose key the save generates.
        var issued = Add(CaseEventKind.Supervised, issuedAt, issuer, spec.Instruction);
        context.OnceSaved(() => issued.Data = EventJson.Serialize(CaseEventData.Supervised(spec.Level, replyDue, supervision.Id)));
        if (repliedAt is { } replied && spec.Reply is not null)
        {
            var reply = Add(CaseEventKind.SupervisionReplied, replied, HandlingOfficer, spec.Reply);
            context.OnceSaved(() => reply.Data = EventJson.Serialize(CaseEventData.SupervisionReplied(supervision.Id)));
        }
    }

    public void Verify(DateTime at, Satisfaction satisfaction, int salt)
    {
        var actor = OwnerOfficer;
        var satisfied = satisfaction != Satisfaction.Dissatisfied;
        var verification = new CaseVerification
        {
            OwnerPath = @case.OwnerPath,
            HandledPerNorm = true,
            MeasuresImplemented = true,
            ProblemSolved = satisfied,
            CitizenSatisfied = satisfied,
            Satisfaction = satisfaction,
            Method = salt % 2 == 0 ? VerificationMethod.Phone : VerificationMethod.OnSite,
            Note = satisfaction switch
            {
                Satisfaction.Satisfied => "回访信访人，对处理结果表示满意。",
                Satisfaction.BasicallySatisfied => "回访信访人，对处理结果基本满意，希望后续继续跟进。",
                _ => "回访信访人，认为问题尚未实质解决，对处理结果不满意。",
            },
            VerifiedAt = at,
            VerifiedById = actor.Id,
            VerifiedByUnitId = context.UnitIdOf(actor),
        };
        @case.Verifications.Add(verification);
        Add(CaseEventKind.Verified, at, actor, null, CaseEventData.Verified(verification));
    }

    private void MoveTo(Unit target)
    {
        @case.HandlingUnitId = target.Id;
        @case.HandlingPath = target.Path;
    }
}

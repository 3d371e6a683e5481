using Platform.Data.Entities;
using Platform.Data.Events;

namespace Platform.Bench.Generation;

/// <summary>
/// Appends one case's events, shares, verifications and supervisions to a batch, as the app's
/// mutations would have: each event carries the app's kind name and details (serialized by the
/// app's own <see cref="EventJson"/>), and moving shares change the handling unit.
/// </summary>
internal sealed class CaseTimeline(CaseRow @case, CaseBatch batch, IdCounters ids)
{
    private readonly List<(CaseEventKind Kind, DateTime At, Actor Actor, string? Note, string? Data)> events = [];

    public CaseRow Case => @case;

    /// <summary>Events so far; each one is a version step, except where one act records two.</summary>
    public int Events => events.Count;

    public void Add(CaseEventKind kind, DateTime at, Actor actor, string? note = null, object? data = null) =>
        events.Add((kind, at, actor, note, EventJson.Serialize(data)));

    /// <summary>Hands the events to the batch in the order they happened, with ids in that order, as the app would have saved them.</summary>
    public void Complete()
    {
        foreach (var e in events.OrderBy(e => e.At))
        {
            batch.Events.Add(new EventRow(++ids.Event, @case.Id, @case.Owner.Path, e.Kind.ToString(), e.At, e.Actor, e.Note, e.Data));
        }
    }

    /// <summary>Escalate, assign or refer-and-accept: the target becomes the handling unit.</summary>
    public void Move(ShareKind kind, UnitNode target, DateTime at, DateTime answeredAt, string reason, TextPool texts, Random random)
    {
        var from = @case.Handling;
        var actor = from.Officer;
        if (kind == ShareKind.Refer)
        {
            var response = texts.Note(CaseEventKind.ReferralAccepted, random);
            Share(kind, ShareStatus.Accepted, target, at, actor, reason, answeredAt, response);
            Add(CaseEventKind.Referred, at, actor, reason, new { from = from.Path, to = target.Path });
            Add(CaseEventKind.ReferralAccepted, answeredAt, target.Officer, response, new { from = from.Path, to = target.Path });
        }
        else
        {
            Share(kind, ShareStatus.Active, target, at, actor, reason, null, null);
            Add(kind == ShareKind.Escalate ? CaseEventKind.Escalated : CaseEventKind.Assigned, at, actor, reason, new { from = from.Path, to = target.Path });
        }

        @case.Handling = target;
    }

    /// <summary>A referral still awaiting its answer, or returned: the handling unit stays.</summary>
    public void Refer(UnitNode target, DateTime at, string reason, DateTime? returnedAt, TextPool texts, Random random)
    {
        var from = @case.Handling;
        var response = returnedAt is null ? null : texts.Note(CaseEventKind.ReferralReturned, random);
        Share(ShareKind.Refer, returnedAt is null ? ShareStatus.Active : ShareStatus.Returned, target, at, from.Officer, reason, returnedAt, response);
        Add(CaseEventKind.Referred, at, from.Officer, reason, new { from = from.Path, to = target.Path });
        if (returnedAt is { } returned)
        {
            Add(CaseEventKind.ReferralReturned, returned, target.Officer, response, new { from = target.Path, to = from.Path });
        }
    }

    /// <summary>协办: the target sees the case and may add notes; the handling unit stays.</summary>
    public void Assist(UnitNode target, DateTime at, string reason)
    {
        var from = @case.Handling;
        Share(ShareKind.Assist, ShareStatus.Active, target, at, from.Officer, reason, null, null);
        Add(CaseEventKind.AssistanceRequested, at, from.Officer, reason, new { from = from.Path, to = target.Path });
    }

    public void Supervise(DateTime at, DateTime? repliedAt, TextPool texts, Random random)
    {
        var issuer = @case.Handling.Parent!.Leader;
        var level = random.Next(10) < 7 ? SupervisionLevel.Normal : SupervisionLevel.Key;
        var replyDueAt = at.AddDays(7);
        var instruction = texts.Note(CaseEventKind.Supervised, random);
        var reply = repliedAt is null ? null : texts.Note(CaseEventKind.SupervisionReplied, random);
        var id = ++ids.Supervision;
        batch.Supervisions.Add(new SupervisionRow(id, @case.Id, @case.Owner.Path, issuer, level.ToString(), instruction, at, replyDueAt, reply, repliedAt));
        var supervisionId = Platform.Api.GraphQL.Common.Relay.GlobalId.Encode(Platform.Api.GraphQL.Cases.CaseSupervisionType.TypeName, id);
        Add(CaseEventKind.Supervised, at, issuer, instruction, new { level = level.ToString().ToUpperInvariant(), replyDueAt, supervisionId });
        if (repliedAt is { } replied)
        {
            Add(CaseEventKind.SupervisionReplied, replied, @case.Handling.Officer, reply, new { supervisionId });
        }
    }

    /// <summary>The four checks (四个是否) by the owner unit, with the app's event details.</summary>
    public void Verify(DateTime at, Satisfaction satisfaction, Random random, TextPool texts)
    {
        var satisfied = satisfaction != Satisfaction.Dissatisfied;
        var method = random.Next(2) == 0 ? VerificationMethod.Phone : VerificationMethod.OnSite;
        var note = texts.Note(CaseEventKind.Verified, random);
        batch.Verifications.Add(new VerificationRow(
            ++ids.Verification, @case.Id, @case.Owner.Path, satisfied, satisfaction.ToString(), method.ToString(), note, at, @case.Owner.Officer));
        Add(CaseEventKind.Verified, at, @case.Owner.Officer, note, new
        {
            satisfaction = EnumNames.Constant(satisfaction.ToString()),
            method = EnumNames.Constant(method.ToString()),
            handledPerNorm = true,
            measuresImplemented = true,
            problemSolved = satisfied,
            citizenSatisfied = satisfied,
        });
    }

    private void Share(ShareKind kind, ShareStatus status, UnitNode target, DateTime at, Actor actor, string reason, DateTime? respondedAt, string? response) =>
        batch.Shares.Add(new ShareRow(
            ++ids.Share, @case.Id, @case.Owner.Path, kind.ToString(), status.ToString(), @case.Handling.Id, target, reason, at, actor, respondedAt, response));
}

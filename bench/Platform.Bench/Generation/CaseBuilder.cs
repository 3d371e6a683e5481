using Platform.Data.Entities;

namespace Platform.Bench.Generation;

/// <summary>
/// Builds one case from its plan: a status that fits its age, and the timeline that leads there
/// through the app's own transitions (an IN_PROGRESS case was moved by a share or reopened for
/// review; a closed one was accepted, handled, resolved and verified), about six events a case.
/// </summary>
internal sealed class CaseBuilder(UnitTree tree, TextPool texts, DateTime now, IdCounters ids)
{
    private readonly CaseShareSteps shares = new(tree, texts);

    public void Build(CasePlan plan, CaseBatch batch)
    {
        var random = new Random(plan.Seed);
        var template = texts.Cases[random.Next(texts.Cases.Count)];
        var owner = plan.Owner;
        var t0 = plan.RegisteredAt;
        var @case = new CaseRow
        {
            Id = plan.Id,
            Number = plan.Number,
            Title = template.Title,
            Description = template.Description,
            Category = template.Category,
            Channel = template.Channel,
            ReceptionForm = template.ReceptionForm,
            Headcount = template.Headcount,
            Owner = owner,
            Handling = owner,
            FirstReceiver = owner.Officer,
            RegisteredAt = t0,
            AcceptDueAt = t0.AddDays(15),
        };
        batch.Cases.Add(@case);
        AddPetitioners(@case, batch, random);

        var timeline = new CaseTimeline(@case, batch, ids);
        timeline.Add(CaseEventKind.Registered, t0, owner.Officer, data: new { unit = owner.Path, headcount = @case.Headcount });
        var status = StatusFor((now - t0).TotalDays, random);
        @case.Status = Run(timeline, status, random).ToString();
        @case.Version = timeline.Events - (@case.ReviewCount > 0 ? 1 : 0);
        timeline.Complete();
    }

    private CaseStatus Run(CaseTimeline timeline, CaseStatus target, Random random)
    {
        var @case = timeline.Case;
        var t0 = @case.RegisteredAt;
        var decidedAt = t0 + Min(TimeSpan.FromHours(8 + random.NextDouble() * 112), (now - t0) * 0.3);
        switch (target)
        {
            case CaseStatus.Registered:
                return CaseStatus.Registered;
            case CaseStatus.NotAccepted:
                @case.Answer = texts.Note(CaseEventKind.Declined, random);
                timeline.Add(CaseEventKind.Declined, decidedAt, @case.Handling.Officer, @case.Answer);
                return CaseStatus.NotAccepted;
            case CaseStatus.Withdrawn:
                @case.Answer = texts.Note(CaseEventKind.Withdrawn, random);
                var accepted = random.Next(2) == 0;
                if (accepted)
                {
                    Accept(timeline, decidedAt, random);
                }

                timeline.Add(CaseEventKind.Withdrawn, accepted ? decidedAt + (now - decidedAt) * 0.3 : decidedAt, @case.Handling.Officer, @case.Answer);
                return CaseStatus.Withdrawn;
        }

        Accept(timeline, decidedAt, random);

        // A committee passes most hard cases up; what stays in its own hands is mostly reviews (复查).
        var reviewShare = @case.Owner.Kind is UnitKind.Committee or UnitKind.Grid ? 6 : 3;
        var review = target == CaseStatus.InProgress && random.Next(10) < reviewShare && (now - t0).TotalDays > 20;
        var open = target is CaseStatus.Accepted || (target is CaseStatus.InProgress && !review);
        var handledUntil = open ? now : decidedAt + Min(TimeSpan.FromDays(50), (now - decidedAt) * 0.6) * (0.5 + random.NextDouble() / 2);
        var sharedAt = decidedAt + (handledUntil - decidedAt) * (0.05 + random.NextDouble() * 0.2);
        var moved = shares.Share(timeline, sharedAt, handledUntil, target, review, random);
        Handle(timeline, moved ? sharedAt : decidedAt, handledUntil, open, random);
        if (open)
        {
            return moved ? CaseStatus.InProgress : CaseStatus.Accepted;
        }

        var resolvedAt = handledUntil;
        @case.Answer = AnswerFor(random);
        @case.ResolvedAt = resolvedAt;
        timeline.Add(CaseEventKind.Resolved, resolvedAt, @case.Handling.Officer, @case.Answer);
        if (target == CaseStatus.Resolved)
        {
            return CaseStatus.Resolved;
        }

        var verifiedAt = resolvedAt + Min(TimeSpan.FromDays(5), (now - resolvedAt) * 0.4);
        if (review)
        {
            // A dissatisfied verification reopens the case once for review (复查): one act, two events.
            timeline.Verify(verifiedAt, Satisfaction.Dissatisfied, random, texts);
            @case.ResolvedAt = null;
            @case.ReviewCount = 1;
            @case.ResolveDueAt = verifiedAt.AddDays(60);
            timeline.Add(CaseEventKind.Reopened, verifiedAt, @case.Owner.Officer, "The petitioner is dissatisfied; the case is reviewed (复查).",
                new { review = 1, resolveDueAt = @case.ResolveDueAt });
            Handle(timeline, verifiedAt, now, open: true, random);
            return CaseStatus.InProgress;
        }

        timeline.Verify(verifiedAt, random.Next(6) == 0 ? Satisfaction.BasicallySatisfied : Satisfaction.Satisfied, random, texts);
        if (target == CaseStatus.Verified)
        {
            return CaseStatus.Verified;
        }

        @case.ClosedAt = verifiedAt + Min(TimeSpan.FromDays(2), (now - verifiedAt) * 0.5);
        timeline.Add(CaseEventKind.Closed, @case.ClosedAt.Value, @case.Handling.Officer, texts.Note(CaseEventKind.Closed, random));
        return CaseStatus.Closed;
    }

    private string AnswerFor(Random random) =>
        texts.Cases[random.Next(texts.Cases.Count)].Answer ?? texts.Note(CaseEventKind.Resolved, random);

    private void Accept(CaseTimeline timeline, DateTime at, Random random)
    {
        var @case = timeline.Case;
        @case.AcceptedAt = at;
        @case.ResolveDueAt = at.AddDays(60);
        timeline.Add(CaseEventKind.Accepted, at, @case.Handling.Officer, random.Next(2) == 0 ? texts.Note(CaseEventKind.Accepted, random) : null);
        if (random.Next(30) == 0 && @case.Handling.Kind is not UnitKind.City)
        {
            @case.LeaderOwner = @case.Handling.Leader;
            timeline.Add(CaseEventKind.LeaderOwnerAssigned, at.AddHours(1), @case.LeaderOwner, "领导包案，牵头协调化解。",
                new { leader = @case.LeaderOwner.Name, previous = (string?)null });
        }
    }

    /// <summary>Notes, a reminder and now and then a supervision order between two times of the handling.</summary>
    private void Handle(CaseTimeline timeline, DateTime from, DateTime until, bool open, Random random)
    {
        var @case = timeline.Case;
        var span = until - from;
        var notes = random.Next(10) < 8 ? 1 + random.Next(2) : 0;
        for (var i = 0; i < notes; i++)
        {
            timeline.Add(CaseEventKind.NoteAdded, from + span * (0.3 + 0.2 * i), @case.Handling.Officer, texts.Note(CaseEventKind.NoteAdded, random));
        }

        if (random.Next(10) == 0 && @case.Owner.Parent is { } above)
        {
            timeline.Add(CaseEventKind.Reminded, from + span * 0.75, above.Officer, texts.Note(CaseEventKind.Reminded, random));
        }

        if (open && random.Next(25) == 0 && @case.Handling.Parent is not null)
        {
            timeline.Supervise(from + span * 0.8, random.Next(2) == 0 ? from + span * 0.9 : null, texts, random);
        }
    }

    private void AddPetitioners(CaseRow @case, CaseBatch batch, Random random)
    {
        var count = @case.Headcount switch { >= 3 => 3, 2 => 2, _ => random.Next(3) == 0 ? 2 : 1 };
        var district = @case.Owner.District?.Name ?? "黄浦区";
        for (var i = 0; i < count; i++)
        {
            batch.Petitioners.Add(new PetitionerRow(++ids.Petitioner, @case.Id, @case.Owner.Path, i,
                PersonFaker.Name(random), PersonFaker.Mobile(random), PersonFaker.IdNumber(random), PersonFaker.Address(district, random)));
        }
    }

    /// <summary>
    /// Statuses by age: fresh cases wait for acceptance, a few weeks old ones are in hand, most older
    /// ones are closed; a few stay open long (hard cases, reviews).
    /// </summary>
    private static CaseStatus StatusFor(double ageDays, Random random)
    {
        var roll = random.Next(100);
        return ageDays switch
        {
            < 3 => roll < 70 ? CaseStatus.Registered : CaseStatus.Accepted,
            < 15 => roll switch { < 20 => CaseStatus.Registered, < 50 => CaseStatus.Accepted, < 90 => CaseStatus.InProgress, < 95 => CaseStatus.NotAccepted, _ => CaseStatus.Withdrawn },
            < 60 => roll switch { < 45 => CaseStatus.InProgress, < 55 => CaseStatus.Accepted, < 80 => CaseStatus.Resolved, < 90 => CaseStatus.Verified, < 95 => CaseStatus.Closed, < 98 => CaseStatus.NotAccepted, _ => CaseStatus.Withdrawn },
            < 120 => roll switch { < 15 => CaseStatus.InProgress, < 25 => CaseStatus.Resolved, < 40 => CaseStatus.Verified, < 95 => CaseStatus.Closed, < 98 => CaseStatus.NotAccepted, _ => CaseStatus.Withdrawn },
            _ => roll switch { < 4 => CaseStatus.InProgress, < 6 => CaseStatus.Verified, < 91 => CaseStatus.Closed, < 96 => CaseStatus.NotAccepted, _ => CaseStatus.Withdrawn },
        };
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}

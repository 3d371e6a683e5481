using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Activity;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Mediation;

/// <summary>
/// <c>scheduleMediation</c>: a new session owned by the caller's unit or a descendant, optionally
/// for a case (whose timeline records it) and in a workroom the caller can see.
/// </summary>
public static class MediationScheduling
{
    private static readonly CaseStatus[] ClosedCase = [CaseStatus.NotAccepted, CaseStatus.Closed, CaseStatus.Withdrawn];

    public static async Task<int> ScheduleAsync(ScheduleMediationInput input, MutationContext m)
    {
        MediationAccess.RequireWriter(m.Principal);
        var (session, @case) = await ValidateAsync(input, m);
        if (@case is not null)
        {
            CaseAccess.RequireHandlerOrOwner(m.Principal, @case);
            if (ClosedCase.Contains(@case.Status))
            {
                throw new InvalidTransitionException("schedule a mediation for the case", CaseChanges.StatusName(@case.Status));
            }
        }

        // The history entry needs the new session's id: save it first, all in one transaction.
        await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
        m.Db.MediationSessions.Add(session);
        await m.Db.SaveChangesAsync(m.CancellationToken);
        var data = new
        {
            session = GlobalId.Encode(MediationSessionType.TypeName, session.Id),
            kind = MediationRules.EnumName(session.Kind),
            scheduledAt = session.ScheduledAt,
            place = session.Place,
        };
        if (@case is not null)
        {
            @case.Version++;
            CaseTimeline.Append(m, @case, CaseEventKind.MediationScheduled, session.Subject, data);
        }

        ActivityLog.Append(m, new ActivityEvent { SessionId = session.Id, OwnerPath = session.OwnerPath }, MediationRules.Scheduled, session.Subject, data);
        await m.Db.SaveChangesAsync(m.CancellationToken);
        await transaction.CommitAsync(m.CancellationToken);
        return session.Id;
    }

    /// <summary>Checks the whole input, then its references, reporting every problem at once; nothing is changed.</summary>
    private static async Task<(MediationSession Session, Case? Case)> ValidateAsync(ScheduleMediationInput input, MutationContext m)
    {
        var check = new InputValidator();
        var subject = check.Text("subject", input.Subject, MediationRules.MaxSubject);
        var place = check.Text("place", input.Place, MediationRules.MaxPlace);
        var scheduledAt = MediationRules.Future(check, "scheduledAt", input.ScheduledAt, m.Now);
        var parties = Parties(input.Parties, check);

        var unit = await MediationReferences.UnitAsync(m, input.UnitId, check);
        var workroom = await MediationReferences.WorkroomAsync(m, input.WorkroomId, check);
        var @case = await MediationReferences.CaseAsync(m, input.CaseId, check);
        if (input.Kind == MediationKind.Elder && string.IsNullOrEmpty(input.WorkroomId))
        {
            check.Add("workroomId", "An ELDER mediation is held in a workroom.");
        }

        var mediators = await MediationReferences.MediatorsAsync(m, input.Mediators, input.WorkroomId, workroom, check);
        check.ThrowIfInvalid();

        var ownerPath = unit!.Path;
        foreach (var row in parties)
        {
            row.OwnerPath = ownerPath;
        }

        foreach (var row in mediators)
        {
            row.OwnerPath = ownerPath;
        }

        var session = new MediationSession
        {
            OwnerUnitId = unit.Id,
            OwnerPath = ownerPath,
            CaseId = @case?.Id,
            WorkroomId = workroom?.Id,
            WorkroomPath = workroom?.OwnerPath,
            Kind = input.Kind,
            Status = MediationStatus.Scheduled,
            Subject = subject,
            ScheduledAt = scheduledAt,
            Place = place,
            Parties = parties,
            Mediators = mediators,
        };
        return (session, @case);
    }

    private static List<MediationParty> Parties(IReadOnlyList<MediationPartyInput> input, InputValidator check)
    {
        if (input.Count == 0)
        {
            check.Add("parties", "At least one party is required.");
        }
        else if (input.Count > MediationRules.MaxParties)
        {
            check.Add("parties", $"At most {MediationRules.MaxParties} parties can take part in one session.");
        }

        return input.Select((p, i) => new MediationParty
        {
            Name = check.Text($"parties[{i}].name", p.Name, MediationRules.MaxName),
            Phone = check.OptionalText($"parties[{i}].phone", p.Phone, MediationRules.MaxPhone),
            Side = check.OptionalText($"parties[{i}].side", p.Side, MediationRules.MaxSide),
        }).ToList();
    }
}

using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Workflow.Cases;
using Platform.Workflow.Common;

namespace Platform.Workflow.Meetings;

/// <summary>
/// A meeting's decisions on the cases of its agenda (处置清单): each one shares the case through
/// <see cref="CaseSharing"/> — the same rules, events and refusals as a share made outside a meeting —
/// and stays on the meeting's list with its deadline until the case is resolved (闭环).
/// </summary>
public sealed class MeetingDecisions(ChangeRunner runner, CaseSharing sharing)
{
    public Task<int> DecideAsync(Actor actor, DecideOnCaseInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            MeetingAccess.RequireWriter(actor);
            var check = new InputValidator();
            var text = check.Text("text", input.Text, MeetingLimits.DecisionText);
            var dueAt = check.Future("dueAt", input.DueAt, change.Now);
            check.ThrowIfInvalid();

            var meeting = await Versioned.LoadAsync<Meeting>(change, input.MeetingId, input.Version, MeetingManagement.TheMeeting);
            MeetingAccess.RequireOrganiser(actor, meeting);
            var onAgenda = await change.Db.MeetingAgendaItems
                .AnyAsync(a => a.MeetingId == meeting.Id && a.CaseId == input.CaseId, change.CancellationToken);
            if (!onAgenda)
            {
                throw new InvalidInputException("caseId", "A meeting decides only on cases of its agenda.");
            }

            // The share is its own unit of work in the case workflow; the decision is recorded once it has succeeded.
            var share = new ShareCaseInput { CaseId = input.CaseId, Version = input.CaseVersion, UnitId = input.UnitId, Reason = text };
            await ShareAsync(actor, input.ShareKind, share, change.CancellationToken);
            change.Db.MeetingDecisions.Add(new MeetingDecision
            {
                MeetingId = meeting.Id,
                OwnerPath = meeting.OwnerPath,
                CaseId = input.CaseId,
                TargetUnitId = input.UnitId,
                ShareKind = input.ShareKind,
                Text = text,
                DueAt = dueAt,
                DecidedAt = change.Now,
                DecidedById = actor.Subject,
                DecidedByName = actor.DisplayName,
            });
            return await Versioned.SaveAsync(change, meeting);
        }, cancellationToken);

    private Task<int> ShareAsync(Actor actor, DecisionShareKind kind, ShareCaseInput share, CancellationToken cancellationToken) => kind switch
    {
        DecisionShareKind.Assign => sharing.AssignAsync(actor, share, cancellationToken),
        DecisionShareKind.Refer => sharing.ReferAsync(actor, share, cancellationToken),
        _ => sharing.RequestAssistanceAsync(actor, share, cancellationToken),
    };
}

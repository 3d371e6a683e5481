using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Data.Events;
using Platform.Workflow.Common;

namespace Platform.Workflow.Cases;

/// <summary>Following a case up: notes, reminders (提醒帮办) and replies to supervision orders.</summary>
public sealed class CaseFollowUp(ChangeRunner runner)
{
    /// <summary>
    /// Adds a note to the timeline, in any state: the handling or owner unit or an ancestor of
    /// either, or a unit holding an active ASSIST share of the case (or an ancestor of it).
    /// </summary>
    public Task<int> AddNoteAsync(Actor actor, CaseNoteInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            CaseAccess.RequireWriter(actor);
            var note = InputValidator.Single("note", input.Note, CaseLimits.Note, required: true);
            var @case = await CaseChanges.LoadAsync(change, input);
            if (!await MayAddNotesAsync(change, @case))
            {
                throw new NotAuthorizedException("Only the handling or owner unit, a unit assisting with the case, or one of their ancestors may add notes.");
            }

            return await CaseChanges.SaveAsync(change, @case, CaseEventKind.NoteAdded, note);
        }, cancellationToken);

    /// <summary>Records a reminder to the handling unit before the case is resolved; by the handling or owner unit or an ancestor.</summary>
    public Task<int> RemindAsync(Actor actor, CaseNoteInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            CaseAccess.RequireWriter(actor);
            var note = InputValidator.Single("note", input.Note, CaseLimits.Note, required: false);
            var @case = await CaseChanges.LoadAsync(change, input);
            CaseAccess.RequireHandlerOrOwner(actor, @case);
            CaseChanges.RequireStatus(@case, "remind the handling unit", CaseChanges.Open);
            @case.RemindedPath = @case.HandlingPath;
            @case.RemindedAt = change.Now;
            return await CaseChanges.SaveAsync(change, @case, CaseEventKind.Reminded, note);
        }, cancellationToken);

    /// <summary>The handling unit (or an ancestor) replies to a supervision order; each order is replied to once.</summary>
    public Task<int> ReplyToSupervisionAsync(Actor actor, ReplyToSupervisionInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            CaseAccess.RequireWriter(actor);
            var reply = InputValidator.Single("reply", input.Reply, CaseLimits.Note, required: true)!;
            var @case = await CaseChanges.LoadAsync(change, input);
            CaseAccess.RequireHandler(actor, @case);
            var supervision = await change.Db.CaseSupervisions
                .SingleOrDefaultAsync(s => s.Id == input.SupervisionId && s.CaseId == @case.Id, change.CancellationToken)
                ?? throw new NotFoundException("The supervision");
            if (supervision.RepliedAt is not null)
            {
                throw new InvalidTransitionException("reply to the supervision again", "REPLIED");
            }

            supervision.Reply = reply;
            supervision.RepliedAt = change.Now;
            return await CaseChanges.SaveAsync(change, @case, CaseEventKind.SupervisionReplied, reply, CaseEventData.SupervisionReplied(supervision.Id));
        }, cancellationToken);

    /// <summary>
    /// DESIGN §4 rule 5: the handling or owner unit or an ancestor of either; or a unit holding an
    /// active ASSIST share, or an ancestor of that unit, as ancestors act for their subtree
    /// everywhere else. (A descendant of the assisting unit cannot see the case at all.)
    /// </summary>
    internal static async Task<bool> MayAddNotesAsync(Change change, Case @case)
    {
        var scope = change.Actor.Scope;
        if (scope.Contains(@case.HandlingPath) || scope.Contains(@case.OwnerPath))
        {
            return true;
        }

        var assisting = await change.Db.CaseShares.AsNoTracking()
            .Where(s => s.CaseId == @case.Id && s.Kind == ShareKind.Assist && s.Status == ShareStatus.Active)
            .Select(s => s.TargetPath)
            .ToListAsync(change.CancellationToken);
        return assisting.Any(scope.Contains);
    }
}

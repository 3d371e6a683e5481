using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Data.Events;
using Platform.Workflow.Cases;
using Platform.Workflow.Common;

namespace Platform.Workflow.Duplicates;

/// <summary>
/// Linking a repeat petition (重复信访) to the earlier case that stays the one handled, and undoing
/// it: both cases' timelines show the link, each entry naming the other case.
/// </summary>
public sealed class DuplicateLinks(ChangeRunner runner)
{
    /// <summary>Marks the case as a duplicate of a visible primary case that is not itself a duplicate.</summary>
    public Task<int> LinkAsync(Actor actor, LinkDuplicateInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            CaseAccess.RequireWriter(actor);
            var reason = InputValidator.Single("reason", input.Reason, CaseLimits.Reason, required: false);
            var @case = await CaseChanges.LoadAsync(change, input);
            CaseAccess.RequireHandlerOrOwner(actor, @case);
            var primary = await change.Db.Cases.SingleOrDefaultAsync(c => c.Id == input.PrimaryCaseId, change.CancellationToken)
                ?? throw new NotFoundException("The primary case");
            if (primary.Id == @case.Id)
            {
                throw new InvalidInputException("primaryCaseId", "A case cannot repeat itself.");
            }

            if (primary.PrimaryCaseId is not null)
            {
                throw new InvalidInputException("primaryCaseId", "The primary case is itself linked as a duplicate; link to its primary instead.");
            }

            if (@case.PrimaryCaseId is not null)
            {
                throw new InvalidTransitionException("link the case as a duplicate", "LINKED");
            }

            @case.PrimaryCaseId = primary.Id;
            CaseTimeline.Append(change, primary, CaseEventKind.DuplicateLinked, reason, CaseEventData.DuplicateCase(@case.Id, @case.Number));
            return await CaseChanges.SaveAsync(change, @case, CaseEventKind.DuplicateLinked, reason, CaseEventData.PrimaryCase(primary.Id, primary.Number));
        }, cancellationToken);

    /// <summary>Undoes the link of a duplicate; the primary's timeline shows it too, if the actor can see that case.</summary>
    public Task<int> UnlinkAsync(Actor actor, CaseReasonInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            CaseAccess.RequireWriter(actor);
            var reason = InputValidator.Single("reason", input.Reason, CaseLimits.Reason, required: false);
            var @case = await CaseChanges.LoadAsync(change, input);
            CaseAccess.RequireHandlerOrOwner(actor, @case);
            if (@case.PrimaryCaseId is not { } primaryId)
            {
                throw new InvalidTransitionException("unlink the case", "NOT_LINKED");
            }

            @case.PrimaryCaseId = null;
            if (await change.Db.Cases.SingleOrDefaultAsync(c => c.Id == primaryId, change.CancellationToken) is { } primary)
            {
                CaseTimeline.Append(change, primary, CaseEventKind.DuplicateUnlinked, reason, CaseEventData.DuplicateCase(@case.Id, @case.Number));
                return await CaseChanges.SaveAsync(change, @case, CaseEventKind.DuplicateUnlinked, reason, CaseEventData.PrimaryCase(primary.Id, primary.Number));
            }

            return await CaseChanges.SaveAsync(change, @case, CaseEventKind.DuplicateUnlinked, reason);
        }, cancellationToken);
}

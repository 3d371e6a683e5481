using Microsoft.Extensions.Options;
using Platform.Data.Entities;
using Platform.Data.Events;
using Platform.Workflow.Common;

namespace Platform.Workflow.Cases;

/// <summary>The leaders' acts on a case: leader ownership (领导包案), supervision orders (督办), deadline extensions.</summary>
public sealed class CaseLeaderActs(ChangeRunner runner, IOptions<DeadlinePolicy> policy)
{
    /// <summary>A leader of the handling unit or an ancestor takes personal ownership of the case before it is resolved.</summary>
    public Task<int> AssignLeaderOwnerAsync(Actor actor, CaseReasonInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            CaseAccess.RequireLeader(actor);
            var note = InputValidator.Single("reason", input.Reason, CaseLimits.Reason, required: false);
            var @case = await CaseChanges.LoadAsync(change, input);
            CaseAccess.RequireHandler(actor, @case);
            CaseChanges.RequireStatus(@case, "assign a leader owner", CaseChanges.Open);

            // Another leader may take over; the timeline keeps who owned the case before.
            var previous = @case.LeaderOwnerName;
            @case.LeaderOwnerId = actor.Subject;
            @case.LeaderOwnerName = actor.DisplayName;
            return await CaseChanges.SaveAsync(change, @case, CaseEventKind.LeaderOwnerAssigned, note,
                CaseEventData.LeaderOwnerAssigned(@case.LeaderOwnerName, previous));
        }, cancellationToken);

    /// <summary>A leader of a superior unit of the handling unit issues a supervision order before the case is resolved.</summary>
    public Task<int> SuperviseAsync(Actor actor, SuperviseCaseInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            CaseAccess.RequireLeader(actor);
            var check = new InputValidator();
            var instruction = check.Text("instruction", input.Instruction, CaseLimits.Note);
            var replyDueAt = check.Future("replyDueAt", input.ReplyDueAt, change.Now);
            check.ThrowIfInvalid();

            // The event names the order, whose key the first save generates.
            return await change.InTransactionAsync(async () =>
            {
                var @case = await CaseChanges.LoadAsync(change, input);
                if (!actor.Scope.Contains(@case.HandlingPath) || actor.UnitPath == @case.HandlingPath)
                {
                    throw new NotAuthorizedException("A supervision order comes from a superior unit of the handling unit.");
                }

                CaseChanges.RequireStatus(@case, "supervise the case", CaseChanges.Open);
                var supervision = new CaseSupervision
                {
                    CaseId = @case.Id,
                    OwnerPath = @case.OwnerPath,
                    IssuedByUnitId = actor.UnitId ?? 0,
                    IssuedById = actor.Subject,
                    Level = input.Level,
                    Instruction = instruction,
                    IssuedAt = change.Now,
                    ReplyDueAt = replyDueAt,
                };
                change.Db.CaseSupervisions.Add(supervision);
                await change.SaveThenRecordAsync(() =>
                {
                    @case.Version++;
                    CaseTimeline.Append(change, @case, CaseEventKind.Supervised, instruction, CaseEventData.Supervised(input.Level, replyDueAt, supervision.Id));
                });
                return @case.Id;
            });
        }, cancellationToken);

    /// <summary>A leader of the handling unit or an ancestor extends the handling deadline, once per handling period.</summary>
    public Task<int> ExtendDeadlineAsync(Actor actor, ExtendDeadlineInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            CaseAccess.RequireLeader(actor);
            var check = new InputValidator();
            var days = check.Range("days", input.Days, 1, policy.Value.MaxExtensionDays);
            var reason = check.Text("reason", input.Reason, CaseLimits.Reason);
            check.ThrowIfInvalid();

            var @case = await CaseChanges.LoadAsync(change, input);
            CaseAccess.RequireHandler(actor, @case);
            CaseChanges.RequireStatus(@case, "extend the deadline", CaseStatus.Accepted, CaseStatus.InProgress);
            if (@case.DeadlineExtended)
            {
                throw new InvalidTransitionException(
                    "extend the deadline again: it was already extended, and only one extension is allowed", EnumNames.Constant(@case.Status));
            }

            var from = @case.ResolveDueAt ?? change.Now;
            var to = from.AddDays(days);
            @case.ResolveDueAt = to;
            @case.DeadlineExtended = true;
            return await CaseChanges.SaveAsync(change, @case, CaseEventKind.DeadlineExtended, reason, CaseEventData.DeadlineExtended(days, from, to));
        }, cancellationToken);
}

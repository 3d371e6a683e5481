using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

/// <summary>The leaders' acts on a case: leader ownership (领导包案), supervision orders (督办), deadline extensions.</summary>
public static class CaseLeaderMutations
{
    private static readonly CaseStatus[] Open = [CaseStatus.Registered, CaseStatus.Accepted, CaseStatus.InProgress];

    public static void AddCaseLeaderMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<CaseReasonInput, Case, CaseType>(
            "assignLeaderOwner", new CaseReasonInputType("AssignLeaderOwnerInput", "An optional note."), "case",
            "A leader of the handling unit or an ancestor takes personal ownership of the case (领导包案) before it is resolved; "
            + "the status does not change.",
            AssignLeaderOwnerAsync);

        mutation.Mutation<SuperviseCaseInput, Case, CaseType>(
            "superviseCase", new SuperviseCaseInputType(), "case",
            "A leader of a superior unit of the handling unit issues a supervision order (督办) before the case is resolved.",
            SuperviseAsync);

        mutation.Mutation<ExtendDeadlineInput, Case, CaseType>(
            "extendDeadline", new ExtendDeadlineInputType(), "case",
            "A leader of the handling unit or an ancestor extends the handling deadline of an accepted case, once.",
            ExtendDeadlineAsync);
    }

    private static async Task<int> AssignLeaderOwnerAsync(CaseReasonInput input, MutationContext m)
    {
        CaseAccess.RequireLeader(m.Principal);
        var note = CaseIntakeMutations.Reason(input.Reason, required: false);
        var @case = await CaseChanges.LoadAsync(m, input.CaseId, input.Version);
        CaseAccess.RequireHandler(m.Principal, @case);
        CaseChanges.RequireStatus(@case, "assign a leader owner", Open);

        // Another leader may take over; the timeline keeps who owned the case before.
        var previous = @case.LeaderOwnerName;
        @case.LeaderOwnerId = m.Principal.Subject;
        @case.LeaderOwnerName = m.Principal.Name ?? m.Principal.Subject;
        return await CaseChanges.SaveAsync(m, @case, CaseEventKind.LeaderOwnerAssigned, note,
            new { leader = @case.LeaderOwnerName, previous });
    }

    private static async Task<int> SuperviseAsync(SuperviseCaseInput input, MutationContext m)
    {
        CaseAccess.RequireLeader(m.Principal);
        var check = new InputValidator();
        var instruction = check.Text("instruction", input.Instruction, CaseFollowUpMutations.MaxNote);
        var replyDueAt = AsUtc(input.ReplyDueAt);
        if (replyDueAt <= m.Now)
        {
            check.Add("replyDueAt", "'replyDueAt' must be in the future.");
        }

        check.ThrowIfInvalid();

        // The order and its event are saved together; the event names the order, whose key the
        // first save generates, so both saves run in one transaction (retried whole if transient).
        return await m.Db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            m.Db.ChangeTracker.Clear();
            await using var transaction = await m.Db.Database.BeginTransactionAsync(m.CancellationToken);
            var @case = await CaseChanges.LoadAsync(m, input.CaseId, input.Version);
            if (!m.Principal.Scope.Contains(@case.HandlingPath) || m.Principal.UnitPath == @case.HandlingPath)
            {
                throw new NotAuthorizedException("A supervision order comes from a superior unit of the handling unit.");
            }

            CaseChanges.RequireStatus(@case, "supervise the case", Open);
            var supervision = new CaseSupervision
            {
                CaseId = @case.Id,
                OwnerPath = @case.OwnerPath,
                IssuedByUnitId = m.Principal.UnitId ?? 0,
                IssuedById = m.Principal.Subject ?? "",
                Level = input.Level,
                Instruction = instruction,
                IssuedAt = m.Now,
                ReplyDueAt = replyDueAt,
            };
            m.Db.CaseSupervisions.Add(supervision);
            await m.Db.SaveChangesAsync(m.CancellationToken);
            await CaseChanges.SaveAsync(m, @case, CaseEventKind.Supervised, instruction, new
            {
                level = input.Level.ToString().ToUpperInvariant(),
                replyDueAt,
                supervisionId = GlobalId.Encode(CaseSupervisionType.TypeName, supervision.Id),
            });
            await transaction.CommitAsync(m.CancellationToken);
            return @case.Id;
        });
    }

    private static async Task<int> ExtendDeadlineAsync(ExtendDeadlineInput input, MutationContext m)
    {
        CaseAccess.RequireLeader(m.Principal);
        var policy = m.Services.GetRequiredService<IOptions<DeadlinePolicy>>().Value;
        var check = new InputValidator();
        var days = check.Range("days", input.Days, 1, policy.MaxExtensionDays);
        var reason = check.Text("reason", input.Reason, CaseIntakeMutations.MaxReason);
        check.ThrowIfInvalid();

        var @case = await CaseChanges.LoadAsync(m, input.CaseId, input.Version);
        CaseAccess.RequireHandler(m.Principal, @case);
        CaseChanges.RequireStatus(@case, "extend the deadline", CaseStatus.Accepted, CaseStatus.InProgress);
        if (@case.DeadlineExtended)
        {
            throw new InvalidTransitionException(
                "extend the deadline again: it was already extended, and only one extension is allowed", CaseChanges.StatusName(@case.Status));
        }

        var from = @case.ResolveDueAt ?? m.Now;
        var to = from.AddDays(days);
        @case.ResolveDueAt = to;
        @case.DeadlineExtended = true;
        return await CaseChanges.SaveAsync(m, @case, CaseEventKind.DeadlineExtended, reason, new { days, from, to });
    }

    /// <summary>A client's time as UTC; a time without offset is taken as UTC.</summary>
    private static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };
}

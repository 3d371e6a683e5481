using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Data.Entities;
using Platform.Workflow.Common;

namespace Platform.Workflow.Cases;

/// <summary>Receiving a case: register, accept or decline, withdraw.</summary>
public sealed class CaseIntake(ChangeRunner runner, IOptions<DeadlinePolicy> policy)
{
    /// <summary>
    /// Registers a petition in the actor's unit or a descendant; the actor becomes its first
    /// receiver (首接负责). With a <c>clientMutationId</c>, a retry by the same actor returns the case
    /// the first attempt registered.
    /// </summary>
    public Task<int> RegisterAsync(Actor actor, RegisterCaseInput input, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            CaseAccess.RequireWriter(actor);
            var unit = await CaseIntakeRules.ValidateAsync(change, input);
            var retryKey = string.IsNullOrWhiteSpace(input.ClientMutationId) ? null : input.ClientMutationId.Trim();
            try
            {
                return await change.InTransactionAsync(async () =>
                {
                    var @case = await CaseRegistration.AddAsync(change, unit, input, policy.Value);

                    // The number's counter row is locked now, so an earlier attempt with the same key has
                    // either committed (and is found) or has not begun: retries never collide in the index.
                    if (retryKey is not null && await FindRegisteredAsync(change, retryKey) is { } existing)
                    {
                        await change.AbandonAsync();
                        return existing;
                    }

                    await change.SaveAsync();
                    return @case.Id;
                });
            }
            catch (DbUpdateException) when (retryKey is not null)
            {
                // Only an attempt into another district can still win the unique index first.
                change.Db.ChangeTracker.Clear();
                return await FindRegisteredAsync(change, retryKey) ?? throw new InvalidOperationException("Registration failed.");
            }
        }, cancellationToken);

    /// <summary>Accepts a registered case for handling; the handling deadline starts.</summary>
    public Task<int> AcceptAsync(Actor actor, CaseReasonInput input, CancellationToken cancellationToken = default) =>
        Act(actor, input, "accept the case", required: false, [CaseStatus.Registered], (change, @case, note) =>
        {
            @case.Status = CaseStatus.Accepted;
            @case.AcceptedAt = change.Now;
            @case.ResolveDueAt = change.Now.AddDays(policy.Value.ResolveDays);
            return CaseChanges.SaveAsync(change, @case, CaseEventKind.Accepted, note);
        }, cancellationToken);

    /// <summary>Declines a registered case (不予受理) with a reason.</summary>
    public Task<int> DeclineAsync(Actor actor, CaseReasonInput input, CancellationToken cancellationToken = default) =>
        Act(actor, input, "decline the case", required: true, [CaseStatus.Registered], (change, @case, reason) =>
        {
            @case.Status = CaseStatus.NotAccepted;
            return CaseChanges.SaveAsync(change, @case, CaseEventKind.Declined, reason);
        }, cancellationToken);

    /// <summary>Records that the petitioner withdrew the case; possible in any state before RESOLVED.</summary>
    public Task<int> WithdrawAsync(Actor actor, CaseReasonInput input, CancellationToken cancellationToken = default) =>
        Act(actor, input, "withdraw the case", required: false, CaseChanges.Open, (change, @case, reason) =>
        {
            @case.Status = CaseStatus.Withdrawn;
            @case.ClosedAt = change.Now;
            return CaseChanges.SaveAsync(change, @case, CaseEventKind.Withdrawn, reason);
        }, cancellationToken);

    /// <summary>The steps accept, decline and withdraw share: a writer, a valid reason, a visible case at the client's version, its handler acting, an allowed state.</summary>
    private Task<int> Act(
        Actor actor, CaseReasonInput input, string action, bool required, CaseStatus[] allowed,
        Func<Change, Case, string?, Task<int>> apply, CancellationToken cancellationToken) =>
        runner.RunAsync(actor, async change =>
        {
            CaseAccess.RequireWriter(actor);
            var reason = InputValidator.Single("reason", input.Reason, CaseLimits.Reason, required);
            var @case = await CaseChanges.LoadAsync(change, input);
            CaseAccess.RequireHandler(actor, @case);
            CaseChanges.RequireStatus(@case, action, allowed);
            return await apply(change, @case, reason);
        }, cancellationToken);

    private static async Task<int?> FindRegisteredAsync(Change change, string clientMutationId)
    {
        var subject = change.Actor.Subject;
        var ids = await change.Db.Cases
            .Where(c => c.FirstReceiverId == subject && c.ClientMutationId == clientMutationId)
            .Select(c => c.Id)
            .ToListAsync(change.CancellationToken);
        return ids.Count > 0 ? ids[0] : null;
    }
}

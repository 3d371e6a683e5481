using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

/// <summary>Loading a case for a change and saving it with its event: the steps every case mutation shares.</summary>
public static class CaseChanges
{
    /// <summary>
    /// The case as the caller may see it, tracked, at the version the caller read: NOT_FOUND when
    /// it is not visible (or the id is not a case id), CONCURRENCY_CONFLICT when it has moved on.
    /// </summary>
    public static async Task<Case> LoadAsync(MutationContext mutation, string? caseId, int version)
    {
        var id = GlobalId.DecodeKey(caseId, CaseType.TypeName) ?? throw new NotFoundException("The case");
        var @case = await mutation.Db.Cases.SingleOrDefaultAsync(c => c.Id == id, mutation.CancellationToken)
            ?? throw new NotFoundException("The case");
        if (@case.Version != version)
        {
            throw new ConcurrencyConflictException(@case.Version);
        }

        return @case;
    }

    /// <summary>Requires the case to be in one of <paramref name="allowed"/>, else INVALID_TRANSITION naming the current state.</summary>
    public static void RequireStatus(Case @case, string action, params CaseStatus[] allowed)
    {
        if (!allowed.Contains(@case.Status))
        {
            throw new InvalidTransitionException(action, StatusName(@case.Status));
        }
    }

    /// <summary>
    /// Bumps the version and saves the change with its event in one transaction. The version the
    /// case was read at is the concurrency token, so a concurrent save makes this one fail whole.
    /// </summary>
    public static async Task<int> SaveAsync(MutationContext mutation, Case @case, CaseEventKind kind, string? note = null, object? data = null)
    {
        @case.Version++;
        CaseTimeline.Append(mutation, @case, kind, note, data);
        await mutation.Db.SaveChangesAsync(mutation.CancellationToken);
        return @case.Id;
    }

    /// <summary>The GraphQL name of a status, e.g. <c>IN_PROGRESS</c>.</summary>
    public static string StatusName(CaseStatus status) =>
        string.Concat(status.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
}

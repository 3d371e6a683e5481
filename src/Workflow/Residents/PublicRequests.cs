using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Workflow.Common;

namespace Platform.Workflow.Residents;

/// <summary>
/// The residents' petitions as civic apps see them (Open311): cases that came in through
/// <see cref="PetitionDesk.Channels"/> and that the client's unit can see (the tenant filter),
/// with public fields only (<see cref="PublicRequest"/>). Cases received at an office (visits,
/// letters, calls, outreach) are never listed. Needs <c>petitions.submit</c>.
/// </summary>
public sealed class PublicRequests(ChangeRunner runner)
{
    /// <summary>The statuses Open311 calls <c>open</c>; every other one is <c>closed</c>.</summary>
    public static readonly CaseStatus[] OpenStatuses = [CaseStatus.Registered, CaseStatus.Accepted, CaseStatus.InProgress];

    /// <summary>At most this many case numbers in one filter.</summary>
    public const int MaxNumbers = 100;

    public Task<IReadOnlyList<PublicRequest>> ListAsync(Actor actor, PublicRequestFilter filter, CancellationToken cancellationToken = default) =>
        runner.RunAsync<IReadOnlyList<PublicRequest>>(actor, async change =>
        {
            ResidentAccess.RequirePortal(actor);
            var cases = Listed(change);
            if (filter.Numbers.Count > 0)
            {
                var numbers = filter.Numbers.Take(MaxNumbers).ToList();
                cases = cases.Where(c => numbers.Contains(c.Number));
            }
            else
            {
                cases = Filtered(cases, filter);
            }

            return await Project(cases.OrderByDescending(c => c.RegisteredAt).ThenByDescending(c => c.Id)
                    .Skip((Math.Max(filter.Page, 1) - 1) * filter.PageSize).Take(filter.PageSize), actor.Subject)
                .ToListAsync(change.CancellationToken);
        }, cancellationToken);

    /// <summary>One listed case by number, or NOT_FOUND, also for a case the client may not list.</summary>
    /// <remarks>
    /// Read on the actor's tenant-bound context, so the case filter applies; <see cref="Listed"/> narrows
    /// it to residents' channels (Open311AccessTests: a client of 杨行镇 reads nothing of 楼浦村).
    /// </remarks>
    public Task<PublicRequest> FindAsync(Actor actor, string number, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            ResidentAccess.RequirePortal(actor);
            return await Project(Listed(change).Where(c => c.Number == number), actor.Subject)
                .SingleOrDefaultAsync(change.CancellationToken)
                ?? throw new NotFoundException("The request");
        }, cancellationToken);

    /// <summary>
    /// The key of the committee or township a civic app names as its jurisdiction: by path
    /// (<c>/sh/putuo/taopu/loupu/</c>) or by code (<c>loupu</c>) when exactly one such unit in the
    /// client's subtree has it; null when none does. Ids are decoded by the host.
    /// </summary>
    public Task<int?> IntakeUnitAsync(Actor actor, string pathOrCode, CancellationToken cancellationToken = default) =>
        runner.RunAsync(actor, async change =>
        {
            ResidentAccess.RequirePortal(actor);
            var subtree = actor.UnitPath;
            var keys = await change.Db.Units.AsNoTracking()
                .Where(u => (u.Path == pathOrCode || u.Code == pathOrCode) && u.Path.StartsWith(subtree)
                    && u.DeactivatedAt == null && PetitionDesk.IntakeUnits.Contains(u.Kind))
                .Select(u => u.Id)
                .Take(2)
                .ToListAsync(change.CancellationToken);
            return keys.Count == 1 ? keys[0] : (int?)null;
        }, cancellationToken);

    private static IQueryable<Case> Listed(Change change) =>
        change.Db.Cases.AsNoTracking().Where(c => PetitionDesk.Channels.Contains(c.Channel));

    private static IQueryable<Case> Filtered(IQueryable<Case> cases, PublicRequestFilter filter)
    {
        if (filter.Categories.Count > 0)
        {
            var categories = filter.Categories.ToList();
            cases = cases.Where(c => categories.Contains(c.Category));
        }

        if (filter.From is { } from)
        {
            cases = cases.Where(c => c.RegisteredAt >= from);
        }

        if (filter.To is { } to)
        {
            cases = cases.Where(c => c.RegisteredAt <= to);
        }

        return filter.Open switch
        {
            true => cases.Where(c => OpenStatuses.Contains(c.Status)),
            false => cases.Where(c => !OpenStatuses.Contains(c.Status)),
            null => cases,
        };
    }

    private static IQueryable<PublicRequest> Project(IQueryable<Case> cases, string client) =>
        cases.Select(c => new PublicRequest(
            c.Number, c.Category, c.Status, c.HandlingUnit!.Name,
            c.ResolvedAt != null && c.FirstReceiverId == client ? c.Answer : null,
            c.RegisteredAt,
            c.ClosedAt ?? c.ResolvedAt ?? c.AcceptedAt ?? c.RegisteredAt,
            c.AcceptedAt == null ? c.AcceptDueAt : c.ResolveDueAt));
}

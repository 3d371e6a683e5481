using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;
using Platform.Workflow.Common;

namespace Platform.Workflow.Mediation;

/// <summary>
/// Resolves the keys a new session refers to. A key the actor cannot see is a VALIDATION error on
/// its field (the same message as for a key that does not exist), never a hint that it exists.
/// </summary>
public static class MediationReferences
{
    public static async Task<Workroom?> WorkroomAsync(Change change, int? workroomId, InputValidator check)
    {
        if (workroomId is not { } key)
        {
            return null;
        }

        var workroom = await change.Db.Workrooms.AsNoTracking().SingleOrDefaultAsync(w => w.Id == key, change.CancellationToken);
        if (workroom is null)
        {
            check.Add("workroomId", "No such workroom is visible to the caller.");
        }

        return workroom;
    }

    public static async Task<Case?> CaseAsync(Change change, int? caseId, InputValidator check)
    {
        if (caseId is not { } key)
        {
            return null;
        }

        var @case = await change.Db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == key, change.CancellationToken);
        if (@case is null)
        {
            check.Add("caseId", "No such case is visible to the caller.");
        }

        return @case;
    }

    /// <summary>Staff are named in the input; elders must be active members of the session's workroom.</summary>
    public static async Task<List<Mediator>> MediatorsAsync(
        Change change, IReadOnlyList<MediatorInput> input, int? workroomId, Workroom? workroom, InputValidator check)
    {
        if (input.Count > MediationLimits.Mediators)
        {
            check.Add("mediators", $"At most {MediationLimits.Mediators} mediators can be named.");
        }

        var elderIds = input.Select(i => i.ElderId).OfType<int>().ToList();
        var elders = workroom is null || elderIds.Count == 0
            ? []
            : await change.Db.Elders.AsNoTracking()
                .Where(e => e.WorkroomId == workroom.Id && e.Active && elderIds.Contains(e.Id))
                .ToDictionaryAsync(e => e.Id, change.CancellationToken);

        var mediators = new List<Mediator>();
        for (var i = 0; i < input.Count; i++)
        {
            var field = $"mediators[{i}]";
            var item = input[i];
            if (item.Kind == MediatorKind.Staff)
            {
                if (item.ElderId is not null)
                {
                    check.Add($"{field}.elderId", "A STAFF mediator is not an elder.");
                }

                mediators.Add(new Mediator
                {
                    Kind = MediatorKind.Staff,
                    Name = check.Text($"{field}.name", item.Name, MediationLimits.Name),
                    Organization = check.OptionalText($"{field}.organization", item.Organization, MediationLimits.Organization),
                });
                continue;
            }

            var elder = item.ElderId is { } key && elders.TryGetValue(key, out var found) ? found : null;
            if (workroomId is null)
            {
                check.Add($"{field}.elderId", "An ELDER mediator comes from the session's workroom; name the workroom.");
            }
            else if (workroom is not null && elder is null)
            {
                check.Add($"{field}.elderId", "No such active elder in the workroom.");
            }

            mediators.Add(new Mediator { Kind = MediatorKind.Elder, Name = elder?.Name ?? "", ElderId = elder?.Id, Organization = workroom?.Name });
        }

        return mediators;
    }
}

using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.GraphQL.Units;
using Platform.Api.GraphQL.Workrooms;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Mediation;

/// <summary>
/// Resolves the ids a new session refers to. An id the caller cannot see is a VALIDATION error on
/// its field (the same message as for an id that does not exist), never a hint that it exists.
/// </summary>
public static class MediationReferences
{
    public static async Task<Unit?> UnitAsync(MutationContext m, string? unitId, InputValidator check)
    {
        int? id = string.IsNullOrEmpty(unitId) ? m.Principal.UnitId : GlobalId.DecodeKey(unitId, UnitType.TypeName);
        var unit = id is null ? null : await m.Db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, m.CancellationToken);
        if (unit is null)
        {
            check.Add("unitId", "No such unit.");
        }
        else if (!m.Principal.Scope.Contains(unit.Path))
        {
            check.Add("unitId", "A session can be owned only by the caller's unit or one of its descendants.");
        }

        return unit;
    }

    public static async Task<Workroom?> WorkroomAsync(MutationContext m, string? workroomId, InputValidator check)
    {
        if (string.IsNullOrEmpty(workroomId))
        {
            return null;
        }

        var id = GlobalId.DecodeKey(workroomId, WorkroomType.TypeName);
        var workroom = id is null ? null : await m.Db.Workrooms.AsNoTracking().SingleOrDefaultAsync(w => w.Id == id, m.CancellationToken);
        if (workroom is null)
        {
            check.Add("workroomId", "No such workroom is visible to the caller.");
        }

        return workroom;
    }

    /// <summary>The case, tracked: scheduling bumps its version and appends to its timeline.</summary>
    public static async Task<Case?> CaseAsync(MutationContext m, string? caseId, InputValidator check)
    {
        if (string.IsNullOrEmpty(caseId))
        {
            return null;
        }

        var id = GlobalId.DecodeKey(caseId, CaseType.TypeName);
        var @case = id is null ? null : await m.Db.Cases.SingleOrDefaultAsync(c => c.Id == id, m.CancellationToken);
        if (@case is null)
        {
            check.Add("caseId", "No such case is visible to the caller.");
        }

        return @case;
    }

    /// <summary>Staff are named in the input; elders must be active members of the session's workroom.</summary>
    public static async Task<List<Mediator>> MediatorsAsync(
        MutationContext m, IReadOnlyList<MediatorInput> input, string? workroomId, Workroom? workroom, InputValidator check)
    {
        if (input.Count > MediationRules.MaxMediators)
        {
            check.Add("mediators", $"At most {MediationRules.MaxMediators} mediators can be named.");
        }

        var elderIds = input.Select(i => GlobalId.DecodeKey(i.ElderId, ElderType.TypeName)).OfType<int>().ToList();
        var elders = workroom is null || elderIds.Count == 0
            ? []
            : await m.Db.Elders.AsNoTracking()
                .Where(e => e.WorkroomId == workroom.Id && e.Active && elderIds.Contains(e.Id))
                .ToDictionaryAsync(e => e.Id, m.CancellationToken);

        var mediators = new List<Mediator>();
        for (var i = 0; i < input.Count; i++)
        {
            var field = $"mediators[{i}]";
            var item = input[i];
            if (item.Kind == MediatorKind.Staff)
            {
                if (!string.IsNullOrEmpty(item.ElderId))
                {
                    check.Add($"{field}.elderId", "A STAFF mediator is not an elder.");
                }

                mediators.Add(new Mediator
                {
                    Kind = MediatorKind.Staff,
                    Name = check.Text($"{field}.name", item.Name, MediationRules.MaxName),
                    Organization = check.OptionalText($"{field}.organization", item.Organization, MediationRules.MaxOrganization),
                });
                continue;
            }

            var key = GlobalId.DecodeKey(item.ElderId, ElderType.TypeName);
            if (string.IsNullOrEmpty(workroomId))
            {
                check.Add($"{field}.elderId", "An ELDER mediator comes from the session's workroom; name the workroom.");
            }
            else if (workroom is not null && (key is null || !elders.TryGetValue(key.Value, out _)))
            {
                check.Add($"{field}.elderId", "No such active elder in the workroom.");
            }

            var elder = key is { } k && elders.TryGetValue(k, out var found) ? found : null;
            mediators.Add(new Mediator { Kind = MediatorKind.Elder, Name = elder?.Name ?? "", ElderId = elder?.Id, Organization = workroom?.Name });
        }

        return mediators;
    }
}

using Platform.Data;
using Platform.Data.Entities;
using Platform.Data.Events;
using Platform.Workflow.Common;

namespace Platform.Workflow.Cases;

/// <summary>
/// Builds a newly received case with its petitioners, number, deadline and REGISTERED event, and
/// adds it to the change; the caller validates the input and saves, inside a transaction (the number
/// is taken at once). Shared by registerCase and by the acts that turn other objects into cases.
/// </summary>
public static class CaseRegistration
{
    public static async Task<Case> AddAsync(Change change, Unit unit, RegisterCaseInput input, DeadlinePolicy policy, object? eventData = null)
    {
        var @case = input.MapTo<Case>();
        @case.Number = await CaseNumbers.NextAsync(change.Db, unit.Path, change.Now, change.CancellationToken);
        @case.Status = CaseStatus.Registered;
        @case.OwnerUnitId = @case.HandlingUnitId = unit.Id;
        @case.OwnerPath = @case.HandlingPath = unit.Path;
        @case.FirstReceiverId = change.Actor.Subject;
        @case.FirstReceiverName = change.Actor.Name ?? "";
        @case.RegisteredAt = change.Now;
        @case.AcceptDueAt = change.Now.AddDays(policy.AcceptDays);
        for (var i = 0; i < @case.Petitioners.Count; i++)
        {
            @case.Petitioners[i].OwnerPath = unit.Path;
            @case.Petitioners[i].Ordinal = i;
        }

        change.Db.Cases.Add(@case);
        CaseTimeline.Append(change, @case, CaseEventKind.Registered, data: eventData ?? CaseEventData.Registered(unit.Path, @case.Headcount));
        return @case;
    }
}

using Platform.Api.GraphQL.Common.Mutations;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

/// <summary>Appends the event of a change to the case's timeline, in the same save as the change.</summary>
public static class CaseTimeline
{
    public static CaseEvent Append(MutationContext mutation, Case @case, CaseEventKind kind, string? note = null, object? data = null)
    {
        var principal = mutation.Principal;
        var entry = new CaseEvent
        {
            Case = @case,
            CaseId = @case.Id,
            OwnerPath = @case.OwnerPath,
            Kind = kind,
            OccurredAt = mutation.Now,
            ActorId = principal.Subject ?? "",
            ActorName = principal.Name ?? principal.Subject ?? "",
            ActorUnitId = principal.UnitId ?? 0,
            Note = note,
            Data = EventData.Serialize(data),
        };
        mutation.Db.CaseEvents.Add(entry);
        return entry;
    }
}

using Platform.Data.Entities;
using Platform.Data.Events;
using Platform.Workflow.Common;

namespace Platform.Workflow.Cases;

/// <summary>Appends the event of a change to the case's timeline and to the outbox, in the same save as the change.</summary>
public static class CaseTimeline
{
    public static CaseEvent Append(Change change, Case @case, CaseEventKind kind, string? note = null, object? data = null) =>
        Append(change, @case.Id, @case.OwnerPath, kind, note, data, @case);

    /// <summary>An entry for a case known only by its key and owner (e.g. one the actor cannot read, see MediationOutcomes).</summary>
    public static CaseEvent Append(
        Change change, int caseId, string ownerPath, CaseEventKind kind, string? note, object? data, Case? tracked = null)
    {
        var entry = new CaseEvent
        {
            Case = tracked,
            CaseId = caseId,
            OwnerPath = ownerPath,
            Kind = kind,
            OccurredAt = change.Now,
            ActorId = change.Actor.Subject,
            ActorName = change.Actor.DisplayName,
            ActorUnitId = change.Actor.UnitId ?? 0,
            Note = note,
            Data = EventJson.Serialize(data),
        };
        change.Db.CaseEvents.Add(entry);

        // Subscribers hear of the change from the outbox, written in the same save (README, Subscriptions).
        change.Db.OutboxEvents.Add(new OutboxEvent { CaseId = caseId, CaseEvent = entry, RecordedAt = change.Now });
        return entry;
    }
}

using Platform.Data.Entities;
using Platform.Data.Events;

namespace Platform.Workflow.Common;

/// <summary>Appends a history entry of a session, workroom, campaign or suggestion in the same save as the change it records.</summary>
public static class History
{
    /// <param name="subject">An entry with the subject's id set (SessionId, WorkroomId, CampaignId and/or SuggestionId) and its OwnerPath.</param>
    public static ActivityEvent Append(Change change, ActivityEvent subject, string kind, string? note = null, object? data = null)
    {
        subject.Kind = kind;
        subject.OccurredAt = change.Now;
        subject.ActorId = change.Actor.Subject;
        subject.ActorName = change.Actor.DisplayName;
        subject.ActorUnitId = change.Actor.UnitId ?? 0;
        subject.Note = note;
        subject.Data = EventJson.Serialize(data);
        change.Db.ActivityEvents.Add(subject);
        return subject;
    }
}

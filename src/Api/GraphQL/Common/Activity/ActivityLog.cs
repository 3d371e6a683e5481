using Platform.Api.GraphQL.Common.Mutations;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Common.Activity;

/// <summary>Appends a history entry in the same save as the change it records.</summary>
public static class ActivityLog
{
    /// <param name="subject">An event with the subject's id set (SessionId, WorkroomId, CampaignId and/or SuggestionId) and its OwnerPath.</param>
    public static ActivityEvent Append(MutationContext mutation, ActivityEvent subject, string kind, string? note = null, object? data = null)
    {
        var principal = mutation.Principal;
        subject.Kind = kind;
        subject.OccurredAt = mutation.Now;
        subject.ActorId = principal.Subject ?? "";
        subject.ActorName = principal.Name ?? principal.Subject ?? "";
        subject.ActorUnitId = principal.UnitId ?? 0;
        subject.Note = note;
        subject.Data = EventData.Serialize(data);
        mutation.Db.ActivityEvents.Add(subject);
        return subject;
    }
}

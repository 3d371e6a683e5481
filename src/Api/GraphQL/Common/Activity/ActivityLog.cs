using Platform.Api.GraphQL.Common.Mutations;
using Platform.Data.Entities;
using Platform.Workflow.Common;

namespace Platform.Api.GraphQL.Common.Activity;

/// <summary><see cref="History"/> for mutations written against a <see cref="MutationContext"/>.</summary>
public static class ActivityLog
{
    /// <param name="subject">An entry with the subject's id set (SessionId, WorkroomId, CampaignId and/or SuggestionId) and its OwnerPath.</param>
    public static ActivityEvent Append(MutationContext mutation, ActivityEvent subject, string kind, string? note = null, object? data = null) =>
        History.Append(mutation.Change, subject, kind, note, data);
}

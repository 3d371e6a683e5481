using Platform.Data.Entities;
using Platform.Workflow.Common;

namespace Platform.Workflow.Meetings;

/// <summary>Who may hold meetings and change them, beyond seeing them.</summary>
public static class MeetingAccess
{
    /// <summary>Case workers with <c>platform.write</c> hold meetings (a <c>viewer</c> only reads).</summary>
    public static void RequireWriter(Actor actor) => WriteAccess.Require(actor, WriteAccess.CaseWorkers, "holding meetings");

    /// <summary>The meeting's unit or an ancestor changes it; attending units only read it.</summary>
    public static void RequireOrganiser(Actor actor, Meeting meeting)
    {
        RequireWriter(actor);
        if (!actor.Scope.Contains(meeting.OwnerPath))
        {
            throw new NotAuthorizedException("Only the meeting's unit or one of its ancestors may change the meeting.");
        }
    }
}

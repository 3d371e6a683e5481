using Platform.Data.Entities;
using Platform.Workflow.Common;

namespace Platform.Workflow.Workrooms;

/// <summary>
/// Who may run a workroom: writers of its unit or an ancestor. Committees below see their
/// township's workroom (DESIGN §4 rule 2) but may not change it.
/// </summary>
public static class WorkroomAccess
{
    public static void RequireWriter(Actor actor) => WriteAccess.Require(actor, WriteAccess.CaseWorkers, "changing workrooms");

    public static void RequireManager(Actor actor, Workroom workroom)
    {
        RequireWriter(actor);
        if (!actor.Scope.Contains(workroom.OwnerPath))
        {
            throw new NotAuthorizedException("Only the workroom's unit or one of its ancestors may change it.");
        }
    }
}

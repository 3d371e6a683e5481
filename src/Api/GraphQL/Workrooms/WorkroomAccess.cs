using Platform.Api.GraphQL.Common.Authorization;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.Tenancy;
using Platform.Data.Entities;
using Platform.Identity;

namespace Platform.Api.GraphQL.Workrooms;

/// <summary>
/// Who may run a workroom: writers of its unit or an ancestor. Committees below see their
/// township's workroom (DESIGN §4 rule 2) but may not change it.
/// </summary>
public static class WorkroomAccess
{
    public static void RequireWriter(CurrentPrincipal principal)
    {
        Writers.Require(principal, Writers.CaseWorkers, "changing workrooms");
    }

    public static void RequireManager(CurrentPrincipal principal, Workroom workroom)
    {
        RequireWriter(principal);
        if (!principal.Scope.Contains(workroom.OwnerPath))
        {
            throw new NotAuthorizedException("Only the workroom's unit or one of its ancestors may change it.");
        }
    }
}

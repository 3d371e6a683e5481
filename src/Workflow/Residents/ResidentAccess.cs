using Platform.Identity;
using Platform.Workflow.Common;

namespace Platform.Workflow.Residents;

/// <summary>Residents act only through a residents' portal client holding <c>petitions.submit</c> (DESIGN §11).</summary>
public static class ResidentAccess
{
    public static void RequirePortal(Actor actor)
    {
        if (!actor.HasScope(PlatformScopes.PetitionsSubmit))
        {
            throw new NotAuthorizedException($"The access token lacks the '{PlatformScopes.PetitionsSubmit}' scope.");
        }
    }
}

using Platform.Data.Entities;
using Platform.Data.Events;
using Platform.Identity;
using Platform.Workflow.Common;

namespace Platform.Workflow.Campaigns;

/// <summary>
/// Who may change campaigns and suggestions. A campaign writer holds <c>platform.write</c>, is an
/// officer, leader or admin (or a client, which carries no roles) and acts for the campaign's unit
/// or an ancestor. Committees see their township's campaigns (rule 2) but do not run them.
/// </summary>
public static class CampaignAccess
{
    private static readonly IReadOnlyList<string> CampaignRoles = [PlatformRoles.Officer, PlatformRoles.Leader, PlatformRoles.Admin];

    /// <summary>True when the actor may change campaigns owned at <paramref name="ownerPath"/> and read their internal answers.</summary>
    public static bool IsWriter(Actor actor, string ownerPath) =>
        WriteAccess.CanWrite(actor, CampaignRoles) && actor.Scope.Contains(ownerPath);

    /// <summary>The actor may run campaigns of this unit: create them, change their state, answer their suggestions.</summary>
    public static void RequireWriter(Actor actor, string ownerPath)
    {
        if (!IsWriter(actor, ownerPath))
        {
            throw new NotAuthorizedException("Only an officer, leader or admin of the campaign's unit or one of its ancestors may do this.");
        }
    }

    /// <summary>
    /// Submitting is open to staff who write cases (committee proxies included) and to clients
    /// holding <c>suggestions.submit</c>; the campaign must be visible to the actor.
    /// </summary>
    public static void RequireSubmitter(Actor actor)
    {
        if (actor.HasScope(PlatformScopes.SuggestionsSubmit))
        {
            return;
        }

        if (!WriteAccess.CanWrite(actor, WriteAccess.CaseWorkers))
        {
            throw new NotAuthorizedException($"Submitting suggestions needs '{PlatformScopes.Write}' with a working role, or '{PlatformScopes.SuggestionsSubmit}'.");
        }
    }

    /// <summary>INVALID_TRANSITION naming the current state unless the campaign is in one of <paramref name="allowed"/>.</summary>
    public static void RequireStatus(Campaign campaign, string action, params CampaignStatus[] allowed)
    {
        if (!allowed.Contains(campaign.Status))
        {
            throw new InvalidTransitionException(action, EnumNames.Constant(campaign.Status));
        }
    }
}

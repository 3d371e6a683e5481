using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Authorization;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.Tenancy;
using Platform.Data.Entities;
using Platform.Identity;

namespace Platform.Api.GraphQL.Campaigns;

/// <summary>
/// Who may change campaigns and suggestions. A campaign writer holds <c>platform.write</c>, is an
/// officer, leader or admin (or a client, which carries no roles) and acts for the campaign's unit
/// or an ancestor. Committees see their township's campaigns (rule 2) but do not run them.
/// </summary>
public static class CampaignAccess
{
    private static readonly IReadOnlyList<string> CampaignRoles = [PlatformRoles.Officer, PlatformRoles.Leader, PlatformRoles.Admin];

    /// <summary>True when the caller may change campaigns owned at <paramref name="ownerPath"/> and read their internal answers.</summary>
    public static bool IsWriter(CurrentPrincipal principal, string ownerPath) =>
        Writers.CanWrite(principal, CampaignRoles) && principal.Scope.Contains(ownerPath);

    /// <summary>The caller may run campaigns of this unit: create them, change their state, answer their suggestions.</summary>
    public static void RequireWriter(CurrentPrincipal principal, string ownerPath)
    {
        if (!IsWriter(principal, ownerPath))
        {
            throw new NotAuthorizedException("Only an officer, leader or admin of the campaign's unit or one of its ancestors may do this.");
        }
    }

    /// <summary>
    /// Submitting is open to staff who write cases (committee proxies included) and to clients
    /// holding <c>suggestions.submit</c>; the campaign must be visible to the caller.
    /// </summary>
    public static void RequireSubmitter(CurrentPrincipal principal)
    {
        if (principal.HasScope(PlatformScopes.SuggestionsSubmit))
        {
            return;
        }

        try
        {
            CaseAccess.RequireWriter(principal);
        }
        catch (NotAuthorizedException)
        {
            throw new NotAuthorizedException($"Submitting suggestions needs '{PlatformScopes.Write}' with a working role, or '{PlatformScopes.SuggestionsSubmit}'.");
        }
    }

    /// <summary>INVALID_TRANSITION naming the current state unless the campaign is in one of <paramref name="allowed"/>.</summary>
    public static void RequireStatus(Campaign campaign, string action, params CampaignStatus[] allowed)
    {
        if (!allowed.Contains(campaign.Status))
        {
            throw new InvalidTransitionException(action, EnumName(campaign.Status));
        }
    }

    /// <summary>The GraphQL name of an enum value, e.g. <c>PARTLY_ADOPTED</c>.</summary>
    public static string EnumName<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
}

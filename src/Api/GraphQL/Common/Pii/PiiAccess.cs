using Platform.Api.Tenancy;
using Platform.Identity;

namespace Platform.Api.GraphQL.Common.Pii;

/// <summary>DESIGN §4 rule 7: personal data is readable with <c>pii.read</c> by the owner or handling unit or an ancestor of either.</summary>
public static class PiiAccess
{
    public static bool CanRead(CurrentPrincipal principal, string ownerPath, string? handlingPath = null) =>
        principal.HasScope(PlatformScopes.PiiRead)
        && (principal.Scope.Contains(ownerPath) || principal.Scope.Contains(handlingPath));
}

using Platform.Api.Tenancy;
using Platform.Workflow.Common;

namespace Platform.Api.GraphQL.Common.Authorization;

/// <summary>
/// The workflow's first check of every write (<see cref="WriteAccess"/>) for code that holds the
/// request's <see cref="CurrentPrincipal"/>: <c>platform.write</c> and, for a person, a working role.
/// </summary>
public static class Writers
{
    /// <summary>The roles that work cases and workrooms.</summary>
    public static IReadOnlyList<string> CaseWorkers => WriteAccess.CaseWorkers;

    public static bool CanWrite(CurrentPrincipal principal, IReadOnlyList<string> roles) => WriteAccess.CanWrite(principal.Actor, roles);

    /// <summary>True for a client token (no roles) or a person holding one of <paramref name="roles"/>.</summary>
    public static bool HasRole(CurrentPrincipal principal, IReadOnlyList<string> roles) => WriteAccess.HasRole(principal.Actor, roles);

    /// <summary>AUTH_NOT_AUTHORIZED unless <see cref="CanWrite"/>; <paramref name="what"/> names the work, e.g. "changing units".</summary>
    public static void Require(CurrentPrincipal principal, IReadOnlyList<string> roles, string what) => WriteAccess.Require(principal.Actor, roles, what);

    public static void RequireWriteScope(CurrentPrincipal principal) => WriteAccess.RequireWriteScope(principal.Actor);
}

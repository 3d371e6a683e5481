using Platform.Data.Tenancy;

namespace Platform.Workflow.Common;

/// <summary>
/// Who acts: a person or a client bound to one unit, as the workflow sees it. The host builds it
/// from the validated access token; tests build it directly.
/// </summary>
/// <param name="Subject">The account or client id (<c>sub</c>); empty when the token had none.</param>
/// <param name="Name">The display name (<c>name</c>), if any.</param>
/// <param name="UnitId">The key of the unit the actor acts for, if the token named it.</param>
/// <param name="Scope">The unit's subtree: what the actor may see and act on.</param>
/// <param name="Roles">The person's roles; a client carries none.</param>
/// <param name="Scopes">The API scopes the token grants.</param>
public sealed record Actor(
    string Subject, string? Name, int? UnitId, TenantScope Scope, IReadOnlyList<string> Roles, IReadOnlyList<string> Scopes)
{
    /// <summary>The unit's path, e.g. <c>/sh/putuo/taopu/</c>.</summary>
    public string UnitPath => Scope.Path;

    /// <summary>The name written into timelines and histories: the display name, else the subject.</summary>
    public string DisplayName => Name ?? Subject;

    /// <summary>A client acting for itself (client credentials), not a person signed in through a client.</summary>
    public bool IsClient { get; init; }

    public bool HasScope(string scope) => Scopes.Contains(scope);

    public bool HasRole(string role) => Roles.Contains(role);
}

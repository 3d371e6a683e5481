using System.Security.Claims;
using Platform.Data.Tenancy;
using Platform.Identity;
using Platform.Workflow.Common;

namespace Platform.Api.Tenancy;

/// <summary>The caller of the current request, read once from the validated access token's claims.</summary>
public sealed class CurrentPrincipal(IHttpContextAccessor accessor) : ICurrentTenant
{
    private TenantScope? scope;
    private IReadOnlyList<string>? roles;
    private IReadOnlyList<string>? scopes;
    private Actor? actor;
    private ClaimsPrincipal? authenticated;

    public ClaimsPrincipal User => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    /// <summary>
    /// Asked by every masked field of every row (through <see cref="Roles"/> and <see cref="Scope"/>),
    /// so a principal found authenticated is remembered; another principal is checked afresh.
    /// </summary>
    public bool IsAuthenticated
    {
        get
        {
            var user = User;
            if (ReferenceEquals(user, authenticated))
            {
                return true;
            }

            var yes = user.Identity?.IsAuthenticated == true && UnitPathOf(user) is not null;
            if (yes)
            {
                authenticated = user;
            }

            return yes;
        }
    }

    public string? Subject => User.FindFirst(PlatformClaims.Subject)?.Value;

    public string? Name => User.FindFirst(PlatformClaims.Name)?.Value;

    public int? UnitId => int.TryParse(User.FindFirst(PlatformClaims.UnitId)?.Value, out var id) ? id : null;

    public string? UnitPath => UnitPathOf(User);

    // Read on every masked field of every row, so kept once authentication has run.
    public IReadOnlyList<string> Roles => Keep(ref roles, static user => user.FindAll(PlatformClaims.Role).Select(c => c.Value).Distinct().ToList());

    public IReadOnlyList<string> Scopes => Keep(ref scopes, static user => user.FindAll(PlatformClaims.Scope)
        .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct().ToList());

    public bool HasScope(string name) => Scopes.Contains(name);

    /// <summary>
    /// A client-credentials token: its subject is the client itself (the token server writes the
    /// presenting client in <c>client_id</c>), and it carries no roles, which only people hold.
    /// </summary>
    public bool IsClient => Subject is { Length: > 0 } subject && Roles.Count == 0
        && User.FindFirst(PlatformClaims.ClientId)?.Value == subject;

    /// <summary>
    /// No authenticated principal means <see cref="TenantScope.None"/>: no records, never all of them.
    /// Only an authenticated scope is kept, so a read before authentication ran cannot pin "none".
    /// </summary>
    public TenantScope Scope => IsAuthenticated ? scope ??= TenantScope.For(UnitPath!) : TenantScope.None;

    /// <summary>The caller as the workflow sees it.</summary>
    public Actor Actor => IsAuthenticated
        ? actor ??= new Actor(Subject ?? "", Name, UnitId, Scope, Roles, Scopes) { IsClient = IsClient }
        : new Actor(Subject ?? "", Name, UnitId, Scope, Roles, Scopes) { IsClient = IsClient };

    private static string? UnitPathOf(ClaimsPrincipal user) =>
        user.FindFirst(PlatformClaims.UnitPath)?.Value is { } path && Data.Tenancy.UnitPath.IsValid(path) ? path : null;

    private IReadOnlyList<string> Keep(ref IReadOnlyList<string>? cache, Func<ClaimsPrincipal, List<string>> read) =>
        IsAuthenticated ? cache ??= read(User) : read(User);
}

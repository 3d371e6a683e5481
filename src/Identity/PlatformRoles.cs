namespace Platform.Identity;

/// <summary>User roles (DESIGN §7) and the API scopes each one may be granted.</summary>
public static class PlatformRoles
{
    public const string Officer = "officer";
    public const string Leader = "leader";
    public const string Mediator = "mediator";
    public const string Elder = "elder";
    public const string Proxy = "proxy";
    public const string Viewer = "viewer";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Officer, Leader, Mediator, Elder, Proxy, Viewer, Admin];

    private static readonly string[] CaseWorker = [PlatformScopes.Read, PlatformScopes.Write, PlatformScopes.PiiRead];
    private static readonly string[] Volunteer = [PlatformScopes.Read, PlatformScopes.Write];

    // petitions.submit is a residents' portal client's scope: no person acts as a resident's portal.
    private static readonly string[] Administrator = [.. PlatformScopes.All.Where(s => s != PlatformScopes.PetitionsSubmit)];

    /// <summary>The scopes a holder of <paramref name="role"/> may be granted; none for an unknown role.</summary>
    public static IReadOnlyList<string> ScopesOf(string role) => role switch
    {
        Viewer => [PlatformScopes.Read],
        Officer or Leader or Proxy => CaseWorker,
        Elder or Mediator => Volunteer,
        Admin => Administrator,
        _ => [],
    };

    /// <summary>The union of the scopes of <paramref name="roles"/>, in the order of <see cref="PlatformScopes.All"/>.</summary>
    public static IReadOnlyList<string> ScopesOf(IEnumerable<string> roles)
    {
        var granted = roles.SelectMany(ScopesOf).ToHashSet(StringComparer.Ordinal);
        return PlatformScopes.All.Where(granted.Contains).ToList();
    }
}

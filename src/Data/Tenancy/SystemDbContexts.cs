namespace Platform.Data.Tenancy;

/// <summary>
/// Contexts for the system's own work outside a principal's request: migrating and seeding the
/// database, the migrations health check, the token server's keys and token status checks, and
/// the webhook dispatcher, which reads each change as the webhook's unit would. Each call names
/// the scope it reads with. Features never take this: they read and write through the
/// tenant-bound <c>IDbContextFactory&lt;PlatformDbContext&gt;</c>, whose scope comes from the request.
/// </summary>
public sealed class SystemDbContexts
{
    private readonly Func<PlatformDbContext> pooled;

    internal SystemDbContexts(Func<PlatformDbContext> pooled) => this.pooled = pooled;

    /// <summary>The database's choice between seeking and walking for wide scopes' case pages.</summary>
    public CaseWalk CaseWalk { get; } = new();

    /// <summary>A context that sees no tenant-owned record: for the tables without tenant filters (units, users, keys, tokens, migrations).</summary>
    public PlatformDbContext Unscoped() => For(TenantScope.None);

    /// <summary>A context bound to <paramref name="scope"/>, as a principal acting for that unit would read.</summary>
    public PlatformDbContext For(TenantScope scope)
    {
        var context = pooled();
        context.Tenant = scope;
        context.CaseWalk = CaseWalk;
        context.WalksCases = false;
        return context;
    }
}

using Platform.Data.Providers;

namespace Platform.Data.Tenancy;

/// <summary>
/// Contexts for the system's own work outside a principal's request: migrating and seeding the
/// database, the migrations health check, the token server's keys and token status checks, and
/// the webhook dispatcher, which reads each change as the webhook's unit would. Each call names
/// the scope it reads with. Features never take this: they read and write through the
/// tenant-bound <c>IDbContextFactory&lt;PlatformDbContext&gt;</c>, whose scope comes from the request.
/// </summary>
public sealed class SystemDbContexts : IDisposable
{
    private readonly Lazy<Pools> pools;

    internal SystemDbContexts(Func<PlatformDbContext> pooled, SqliteReadContexts? reads = null)
    {
        pools = new Lazy<Pools>(new Pools(pooled, reads));
    }

    /// <summary>
    /// Pools made on the first lease: their options wait for EF Core's model, which is still being
    /// built while the host starts (README, Fast start), and the services that take this in their
    /// constructors must not hold the host's start until then.
    /// </summary>
    internal SystemDbContexts(Func<Pools> create)
    {
        pools = new Lazy<Pools>(create, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The database's choice between seeking and walking for wide scopes' case pages.</summary>
    public CaseWalk CaseWalk { get; } = new();

    /// <summary>A context that sees no tenant-owned record: for the tables without tenant filters (units, users, keys, tokens, migrations).</summary>
    public PlatformDbContext Unscoped() => For(TenantScope.None);

    /// <summary>A context bound to <paramref name="scope"/>, as a principal acting for that unit would read.</summary>
    public PlatformDbContext For(TenantScope scope) => Bind(pools.Value.Pooled(), scope);

    /// <summary>
    /// As <see cref="For"/>, for reads only (nothing is saved through it): on SQLite from the pool
    /// whose connections stay open with their prepared statements (<see cref="SqliteReadContexts"/>).
    /// </summary>
    public PlatformDbContext ForReading(TenantScope scope) => Bind(pools.Value.Reads?.Lease() ?? pools.Value.Pooled(), scope);

    /// <summary>The read contexts out on lease now (SQLite; 0 on SQL Server, whose reads use the pool above).</summary>
    internal int ReadsLeased => pools.IsValueCreated ? pools.Value.Reads?.Leased ?? 0 : 0;

    /// <summary>The statements prepared on the kept read connections so far (SQLite; 0 on SQL Server).</summary>
    internal int ReadStatementsPrepared => pools.IsValueCreated ? pools.Value.Reads?.StatementsPrepared ?? 0 : 0;

    public void Dispose()
    {
        if (pools.IsValueCreated)
        {
            pools.Value.Reads?.Dispose();
        }
    }

    private PlatformDbContext Bind(PlatformDbContext context, TenantScope scope)
    {
        context.Tenant = scope;
        context.CaseWalk = CaseWalk;
        context.WalksCases = false;
        context.ProbesShares = false;
        return context;
    }

    /// <summary>The write pool's lease and, on SQLite, the read pool.</summary>
    internal sealed record Pools(Func<PlatformDbContext> Pooled, SqliteReadContexts? Reads);
}

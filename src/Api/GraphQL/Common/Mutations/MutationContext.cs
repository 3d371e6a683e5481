using Platform.Api.Tenancy;
using Platform.Data;
using Platform.Workflow.Common;

namespace Platform.Api.GraphQL.Common.Mutations;

/// <summary>
/// One mutation's unit of work: the caller, a tracked context of its own bound to the caller's
/// tenant scope, and the clock. Everything saved in one <c>SaveChangesAsync</c> is one transaction.
/// </summary>
public sealed class MutationContext(CurrentPrincipal principal, PlatformDbContext db, IClock clock, IServiceProvider services, CancellationToken cancellationToken)
{
    public CurrentPrincipal Principal { get; } = principal;

    public PlatformDbContext Db { get; } = db;

    public DateTime Now { get; } = clock.UtcNow;

    public IServiceProvider Services { get; } = services;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>The same unit of work as the workflow sees it, for the workflow's shared steps (<see cref="Versioned"/>, <see cref="History"/>).</summary>
    public Change Change => change ??= new Change(Principal.Actor, Db, Now, CancellationToken);

    private Change? change;
}

using Microsoft.EntityFrameworkCore;

namespace Platform.Data.Tenancy;

/// <summary>
/// As the tenant-bound context factory, for a request's reads alone (one context per request, used
/// by its batches in turn, nothing saved through it): on SQLite the contexts keep their connection
/// and its prepared statements from one request to the next (see <see cref="SystemDbContexts.ForReading"/>).
/// </summary>
public sealed class TenantReadContexts(SystemDbContexts contexts, ICurrentTenant tenant) : IDbContextFactory<PlatformDbContext>
{
    public PlatformDbContext CreateDbContext() => contexts.ForReading(tenant.Scope);
}

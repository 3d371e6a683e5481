using Microsoft.EntityFrameworkCore;

namespace Platform.Data.Tenancy;

/// <summary>
/// Hands out pooled contexts whose tenant filters are bound to the current scope. Every read
/// goes through here; a context is never shared between parallel resolvers.
/// </summary>
internal sealed class TenantDbContextFactory(SystemDbContexts contexts, ICurrentTenant tenant)
    : IDbContextFactory<PlatformDbContext>
{
    public PlatformDbContext CreateDbContext() => contexts.For(tenant.Scope);
}

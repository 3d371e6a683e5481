namespace Platform.Data.Tenancy;

/// <summary>The tenant scope of the current unit of work (an HTTP request, a job).</summary>
public interface ICurrentTenant
{
    TenantScope Scope { get; }
}

namespace Platform.Data.Entities;

/// <summary>A row owned by a unit; <see cref="OwnerPath"/> is that unit's materialized path.</summary>
public interface ITenantOwned
{
    string OwnerPath { get; }
}

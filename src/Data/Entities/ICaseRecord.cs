namespace Platform.Data.Entities;

/// <summary>A row that belongs to a case and is visible with it: owned in scope, or its case shared into scope.</summary>
public interface ICaseRecord : ITenantOwned
{
    int CaseId { get; }
}

namespace Platform.Data.Tenancy;

/// <summary>
/// The share rows as the case filter reads them: the case and the unit it is shared into, read
/// from the <c>CaseShares</c> table without the share's own tenant filter, so that the filter's
/// subquery applies its range test once. Not a set that features can reach.
/// </summary>
public sealed class ShareTarget
{
    public int CaseId { get; init; }

    public string TargetPath { get; init; } = "";

    /// <summary>The case's owner path, copied when the share is made; a case's owner never changes.</summary>
    public string OwnerPath { get; init; } = "";
}

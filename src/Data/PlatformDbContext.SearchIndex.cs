using Microsoft.EntityFrameworkCore;
using Platform.Data.Entities;

namespace Platform.Data;

public abstract partial class PlatformDbContext
{
    /// <summary>
    /// DESIGN §4, rule 1, on the search index's own rows, as for their case: the case owned in the
    /// scope (the row's copy of its owner path, a range seek together with the word) or shared into
    /// it (the same uncorrelated share subquery as the case's filter). A search then never reads
    /// a row outside the scope and never needs the cases table to decide. "+ 0" keeps the share test
    /// off the key: with statistics, SQLite would otherwise probe the word for every case shared
    /// into the scope (tens of thousands city-wide) instead of testing the word's own rows.
    /// </summary>
    private void ApplySearchIndexFilter(ModelBuilder builder) =>
        builder.Entity<CaseTerm>().HasQueryFilter(TenantFilter, t =>
            (string.Compare(t.OwnerPath, Tenant.From) >= 0 && string.Compare(t.OwnerPath, Tenant.To) < 0)
            || CaseShares
                .Where(s => string.Compare(s.TargetPath, Tenant.From) >= 0 && string.Compare(s.TargetPath, Tenant.To) < 0)
                .Select(s => s.CaseId)
                .Contains(t.CaseId + 0));
}

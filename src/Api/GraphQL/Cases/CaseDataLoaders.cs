using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Paging;
using Platform.Api.GraphQL.Common.Pii;
using Platform.Api.Tenancy;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Identity;

namespace Platform.Api.GraphQL.Cases;

public static class CaseDataLoaders
{
    /// <summary>The petitioners of a case, masked unless the viewer may read the case's personal data.</summary>
    public static IDataLoaderResult<IReadOnlyList<Petitioner>> Petitioners(IResolveFieldContext context, int caseId)
    {
        var principal = context.RequestServices!.GetRequiredService<CurrentPrincipal>();
        return EntityLoaders.ByParent<Petitioner>(
            context,
            nameof(Petitioner.CaseId),
            caseId,
            q => q.OrderBy(p => p.Ordinal),
            (db, rows, ct) => MaskAsync(db, principal, rows, ct));
    }

    /// <summary>A case's timeline, oldest first by default.</summary>
    public static IDataLoaderResult<Connection<CaseEvent>> Events(IResolveFieldContext context, int caseId) =>
        Connections.ByParent<CaseEvent>(context, nameof(CaseEvent.CaseId), caseId, q => q.OrderBy(e => e.OccurredAt));

    private static async Task MaskAsync(PlatformDbContext db, CurrentPrincipal principal, IReadOnlyList<Petitioner> rows, CancellationToken ct)
    {
        var caseIds = rows.Select(p => p.CaseId).Distinct().ToList();
        var readable = new HashSet<int>();
        if (principal.HasScope(PlatformScopes.PiiRead) && caseIds.Count > 0)
        {
            var paths = await db.Cases.AsNoTracking()
                .Where(c => caseIds.Contains(c.Id))
                .Select(c => new { c.Id, c.OwnerPath, c.HandlingPath })
                .ToListAsync(ct);
            readable.UnionWith(paths.Where(p => PiiAccess.CanRead(principal, p.OwnerPath, p.HandlingPath)).Select(p => p.Id));
        }

        foreach (var petitioner in rows.Where(p => !readable.Contains(p.CaseId)))
        {
            petitioner.Name = Mask.Name(petitioner.Name)!;
            petitioner.Phone = Mask.Phone(petitioner.Phone);
            petitioner.IdNumber = Mask.IdNumber(petitioner.IdNumber);
            petitioner.Address = Mask.Address(petitioner.Address);
        }
    }
}

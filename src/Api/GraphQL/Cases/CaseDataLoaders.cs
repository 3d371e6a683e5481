using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DataLoader;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Paging;
using Platform.Api.GraphQL.Common.Pii;
using Platform.Api.Tenancy;
using Platform.Data.Entities;
using Platform.Identity;

namespace Platform.Api.GraphQL.Cases;

public static class CaseDataLoaders
{
    /// <summary>The columns of a case that decide whether its people's personal data is readable.</summary>
    public static readonly string[] PersonalDataColumns = [nameof(Case.OwnerPath), nameof(Case.HandlingPath)];

    /// <summary>
    /// The petitioners of a case, as stored; <see cref="PetitionerType"/> masks their personal data.
    /// The case row at hand carries its paths (<see cref="PersonalDataColumns"/>), so whether they are
    /// readable is settled here, and their fields ask no command for it.
    /// </summary>
    public static IDataLoaderResult<IReadOnlyList<Petitioner>> Petitioners(IResolveFieldContext context, Case @case)
    {
        if (@case.OwnerPath.Length > 0 && @case.HandlingPath.Length > 0)
        {
            var principal = context.RequestServices!.GetRequiredService<CurrentPrincipal>();
            Known(context).TryAdd(@case.Id, PiiAccess.CanRead(principal, @case.OwnerPath, @case.HandlingPath));
        }

        return EntityLoaders.ByParent<Petitioner>(context, nameof(Petitioner.CaseId), @case.Id, q => q.OrderBy(p => p.Ordinal));
    }

    /// <summary>
    /// Whether the viewer may read the personal data of a case's people (DESIGN §4 rule 7): it holds
    /// <c>pii.read</c> and its unit owns or handles the case or is an ancestor of either. One command
    /// for every case asked about at a level.
    /// </summary>
    public static IDataLoaderResult<bool> PersonalDataReadable(IResolveFieldContext context, int caseId)
    {
        var principal = context.RequestServices!.GetRequiredService<CurrentPrincipal>();
        if (!principal.HasScope(PlatformScopes.PiiRead))
        {
            return LoaderResults.Value(false);
        }

        if (Known(context).TryGetValue(caseId, out var readable))
        {
            return LoaderResults.Value(readable);
        }

        // Asked by every personal-data field of every row: static delegates, the principal passed as state.
        return EntityLoaders.Batch(context, "Case/PersonalDataReadable", caseId, principal,
            static (db, ids) => db.Cases.Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.OwnerPath, c.HandlingPath }),
            static r => r.Id, static (principal, r) => PiiAccess.CanRead(principal, r.OwnerPath, r.HandlingPath));
    }

    // The answers of this request already known from case rows, by case id.
    private static ConcurrentDictionary<int, bool> Known(IResolveFieldContext context) =>
        EntityLoaders.Scope(context).GetOrAdd("Case/PersonalDataKnown", static () => new ConcurrentDictionary<int, bool>());

    /// <summary>A case's timeline, oldest first by default.</summary>
    public static IDataLoaderResult<Connection<CaseEvent>> Events(IResolveFieldContext context, int caseId) =>
        Connections.ByParent<CaseEvent>(context, nameof(CaseEvent.CaseId), caseId, q => q.OrderBy(e => e.OccurredAt));
}

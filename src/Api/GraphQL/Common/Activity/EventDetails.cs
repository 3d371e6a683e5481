using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Data;
using Platform.Data.Entities;
using Platform.Data.Events;

namespace Platform.Api.GraphQL.Common.Activity;

/// <summary>
/// The details of a timeline or history entry as the reader may see them (DESIGN §4 rule 4): each
/// <see cref="EventReference"/> in them is looked up through the tenant-filtered sets when the entry
/// is read, and one the reader cannot see is left out, so that the entry reads as one that never
/// had it. The entries of one level are checked together, one command per kind of reference.
/// </summary>
public static class EventDetails
{
    private delegate Task<List<int>> Keys(PlatformDbContext db, List<int> keys, CancellationToken ct);

    private static readonly Dictionary<string, Keys> Sets = new()
    {
        [NodeIds.Case] = Visible<Case>,
        [NodeIds.CaseSupervision] = Visible<CaseSupervision>,
        [NodeIds.MediationSession] = Visible<MediationSession>,
        [NodeIds.Elder] = Visible<Elder>,
        [NodeIds.Suggestion] = Visible<Suggestion>,
    };

    public static IDataLoaderResult<string?> AsSeen(IResolveFieldContext context, string? data)
    {
        if (data is null || EventReference.In(data).Count == 0)
        {
            return LoaderResults.Value(data);
        }

        var loader = EntityLoaders.Scope(context).GetOrAdd("EventDetails", () => new BatchLoader<string, string>(
            (all, ct) => EntityLoaders.FetchAsync(context, db => SeenAsync(db, all, ct)), StringComparer.Ordinal));
        return loader.Load(data);
    }

    private static async Task<IReadOnlyDictionary<string, string>> SeenAsync(PlatformDbContext db, IReadOnlyList<string> all, CancellationToken ct)
    {
        var references = all.ToDictionary(d => d, EventReference.In, StringComparer.Ordinal);
        var wanted = references.Values.SelectMany(r => r).Distinct().ToList();
        var seen = new HashSet<EventReference>();
        foreach (var kind in wanted.GroupBy(r => r.Kind))
        {
            if (kind.Key == EventReference.CaseNumber)
            {
                var numbers = kind.Select(r => r.Number!).ToList();
                var visible = await db.Cases.AsNoTracking().Where(c => numbers.Contains(c.Number)).Select(c => c.Number).ToListAsync(ct);
                seen.UnionWith(kind.Where(r => visible.Contains(r.Number!)));
            }
            else
            {
                var visible = await Sets[kind.Key](db, kind.Select(r => r.Key).ToList(), ct);
                seen.UnionWith(kind.Where(r => visible.Contains(r.Key)));
            }
        }

        return references.ToDictionary(p => p.Key, p => EventReference.Without(p.Key, p.Value.Where(r => !seen.Contains(r))), StringComparer.Ordinal);
    }

    private static Task<List<int>> Visible<T>(PlatformDbContext db, List<int> keys, CancellationToken ct)
        where T : class =>
        db.Set<T>().AsNoTracking().Where(EntityLoaders.In<T>("Id", keys)).Select(e => EF.Property<int>(e, "Id")).ToListAsync(ct);
}

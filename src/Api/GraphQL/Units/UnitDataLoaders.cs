using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Platform.Api.GraphQL.Common.DataLoaders;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Units;

public static class UnitDataLoaders
{
    /// <summary>Units by path, in the order of <paramref name="paths"/>; one batch for all requested paths.</summary>
    public static IDataLoaderResult<IReadOnlyList<Unit>> ByPaths(IResolveFieldContext context, IReadOnlyList<string> paths)
    {
        var loader = EntityLoaders.Scope(context).GetOrAdd("Unit/Path", () => new BatchLoader<string, Unit>((keys, ct) =>
            EntityLoaders.FetchAsync(context, async db =>
            {
                var list = keys.ToList();
                var rows = await db.Units.AsNoTracking().Where(u => list.Contains(u.Path)).ToListAsync(ct);
                return (IReadOnlyDictionary<string, Unit>)rows.ToDictionary(u => u.Path);
            })));
        return LoaderResults.All(paths.Select(loader.Load).ToList());
    }
}

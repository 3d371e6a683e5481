using GraphQL;
using GraphQL.DataLoader;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Units;

public static class UnitDataLoaders
{
    /// <summary>Units by path, in the order of <paramref name="paths"/>; one batch for all requested paths.</summary>
    public static IDataLoaderResult<IReadOnlyList<Unit>> ByPaths(IResolveFieldContext context, IReadOnlyList<string> paths) =>
        LoaderResults.All(paths.Select(path => EntityLoaders.Batch(context, "Unit/Path", path,
            (db, keys) => db.Units.Where(u => keys.Contains(u.Path)), u => u.Path, u => u)).ToList());
}

using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Platform.Api.GraphQL.Common.Errors;
using Platform.Api.GraphQL.Common.Loading;

namespace Platform.Api.GraphQL.Common.Relay;

/// <summary><c>node(id:)</c> and <c>nodes(ids:)</c>: every node type, through the same tenant-filtered loaders as everything else.</summary>
public static class NodeQueries
{
    public static void AddNodeFields(this ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Fetches an object by its global id; null with a NOT_FOUND error when it does not exist or is not visible.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => Resolve(c, c.GetArgument<string>("id")).Then(node => node ?? NotFound(c, null)));

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Fetches objects by their global ids, in order; null (with a NOT_FOUND error) for each one not found.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .ResolveAsync(async c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > 100)
                {
                    throw PlatformErrors.Coded(PlatformErrors.PageSize, "nodes accepts at most 100 ids.");
                }

                var pending = ids.Select(id => Resolve(c, id)).ToList();
                var results = new List<object?>(pending.Count);
                for (var i = 0; i < pending.Count; i++)
                {
                    results.Add(await pending[i].GetResultAsync(c.CancellationToken) ?? NotFound(c, i));
                }

                return results;
            });
    }

    private static IDataLoaderResult<object?> Resolve(IResolveFieldContext context, string? id)
    {
        if (GlobalId.TryDecode(id, out var typeName, out var key)
            && key is > 0 and <= int.MaxValue
            && NodeTypes.ByName.TryGetValue(typeName, out var node)
            && context.Schema.AllTypes[typeName] is IComplexGraphType graphType)
        {
            return node.Load(context, (int)key, graphType);
        }

        return LoaderResults.Value<object?>(null);
    }

    /// <summary>Adds a NOT_FOUND error at the field (or list item) and yields null.</summary>
    public static object? NotFound(IResolveFieldContext context, int? index = null)
    {
        var error = PlatformErrors.Coded(PlatformErrors.NotFound, "No node with this id exists or is visible to the caller.");
        error.Path = index is null ? context.ResponsePath : context.ResponsePath.Append(index.Value);
        context.Errors.Add(error);
        return null;
    }
}

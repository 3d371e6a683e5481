using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Platform.Api.GraphQL.Common.Loading;

namespace Platform.Api.GraphQL.Common.Relay;

/// <summary>A type that implements <c>Node</c>: its graph type and how <c>node(id:)</c> loads one by key.</summary>
/// <param name="Name">The type name, the first part of its ids.</param>
/// <param name="GraphType">The graph type the schema registers.</param>
/// <param name="Load">Loads the visible row with a key through the tenant-filtered loaders, or null.</param>
public sealed record NodeType(string Name, Type GraphType, Func<IResolveFieldContext, int, IComplexGraphType, IDataLoaderResult<object?>> Load)
{
    /// <summary>The node type <typeparamref name="TGraphType"/> over rows of <typeparamref name="TEntity"/>.</summary>
    public static NodeType Of<TGraphType, TEntity>(string name)
        where TGraphType : IComplexGraphType
        where TEntity : class, new() =>
        new(name, typeof(TGraphType), (context, key, graphType) => EntityLoaders.ById<TEntity>(context, key, graphType).Then(x => (object?)x));
}

using System.Collections;

namespace Platform.Api.GraphQL.Common.Paging;

/// <summary>One page of a Relay connection; the result of a connection field's resolver.</summary>
public sealed class Connection<T> : IConnection
{
    private IReadOnlyList<Edge<T>>? edges;
    private T[]? nodes;

    public Connection(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, int? totalCount)
    {
        this.edges = edges;
        PageInfo = pageInfo;
        TotalCount = totalCount;
    }

    /// <summary>A page read without cursors (<see cref="ConnectionBuilder.NodesOnly"/>): its edges, each with an empty cursor, are made only when asked for.</summary>
    internal Connection(T[] nodes, PageInfo pageInfo)
    {
        this.nodes = nodes;
        PageInfo = pageInfo;
    }

    public IReadOnlyList<Edge<T>> Edges => edges ??= [.. nodes!.Select(node => new Edge<T>("", node))];

    /// <summary>An array, which GraphQL.NET completes item by item without copying it first.</summary>
    public IReadOnlyList<T> Nodes => nodes ??= [.. edges!.Select(e => e.Node)];

    public PageInfo PageInfo { get; }

    public int? TotalCount { get; }

    IEnumerable<IEdge> IConnection.Edges => Edges;

    IEnumerable IConnection.Nodes => Nodes;
}

using System.Collections;

namespace Platform.Api.GraphQL.Common.Paging;

/// <summary>One page of a Relay connection; the result of a connection field's resolver.</summary>
public sealed class Connection<T>(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, int? totalCount) : IConnection
{
    public IReadOnlyList<Edge<T>> Edges { get; } = edges;

    public IReadOnlyList<T> Nodes => [.. Edges.Select(e => e.Node)];

    public PageInfo PageInfo { get; } = pageInfo;

    public int? TotalCount { get; } = totalCount;

    IEnumerable<IEdge> IConnection.Edges => Edges;

    IEnumerable IConnection.Nodes => Edges.Select(e => e.Node);
}

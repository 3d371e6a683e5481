using System.Collections;

namespace Platform.Api.GraphQL.Common.Paging;

/// <summary>A connection seen without its node type, as the generic connection graph type resolves it.</summary>
public interface IConnection
{
    IEnumerable<IEdge> Edges { get; }

    IEnumerable Nodes { get; }

    PageInfo PageInfo { get; }

    /// <summary>Null when it was not counted because <c>totalCount</c> was not selected.</summary>
    int? TotalCount { get; }
}

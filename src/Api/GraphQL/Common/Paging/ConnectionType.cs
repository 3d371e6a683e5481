using GraphQL.Types;
using Platform.Api.GraphQL.Common.Projection;

namespace Platform.Api.GraphQL.Common.Paging;

/// <summary>
/// <c>XsConnection { edges: [XsEdge!] nodes: [X!] pageInfo: PageInfo! totalCount: Int! }</c> over a
/// <see cref="Connection{T}"/>, named after its field as HotChocolate names it (<c>cases</c> →
/// <c>CasesConnection</c>, <c>CasesEdge</c>). One instance per field:
/// <see cref="ConnectionFields.ConnectionField{TNodeGraphType}"/> creates it with the field.
/// </summary>
public sealed class ConnectionType<TNodeGraphType> : ObjectGraphType<IConnection>
    where TNodeGraphType : IGraphType
{
    public ConnectionType(string fieldName)
    {
        ArgumentException.ThrowIfNullOrEmpty(fieldName);
        var prefix = char.ToUpperInvariant(fieldName[0]) + fieldName[1..];
        Name = $"{prefix}Connection";
        Description = "A connection to a list of items.";
        Field("edges", new ListGraphType(new NonNullGraphType(new EdgeType<TNodeGraphType>(prefix + "Edge"))))
            .Description("A list of edges.")
            .ResolveSource(c => c.Edges);
        Field<ListGraphType<NonNullGraphType<TNodeGraphType>>>("nodes")
            .Description("A flattened list of the nodes.")
            .ResolveSource(c => c.Nodes);
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Information to aid in pagination.")
            .ResolveSource(c => c.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Identifies the total count of items in the connection.")
            .ResolveSource(c => c.TotalCount
                ?? throw new InvalidOperationException("totalCount was not counted; pass context.SelectsField(\"totalCount\")."));
    }
}

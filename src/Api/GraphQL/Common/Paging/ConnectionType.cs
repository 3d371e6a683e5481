using GraphQL;
using GraphQL.Types;

namespace Platform.Api.GraphQL.Common.Paging;

/// <summary>
/// <c>XConnection { edges: [XEdge!] nodes: [X!] pageInfo: PageInfo! totalCount: Int! }</c> over a
/// <see cref="Connection{T}"/>. GraphQL.NET names a graph type before the schema exists, so the node's
/// name is derived from the node graph type's class as GraphQL.NET does (<c>CaseType</c> → <c>Case</c>);
/// a node type that sets another <c>Name</c> needs a subclass passing it to the protected constructor.
/// </summary>
public class ConnectionType<TNodeGraphType> : ObjectGraphType<IConnection>
    where TNodeGraphType : IGraphType
{
    public ConnectionType()
        : this(typeof(TNodeGraphType).GraphQLName())
    {
    }

    protected ConnectionType(string nodeTypeName)
    {
        Name = $"{nodeTypeName}Connection";
        Description = "A connection to a list of items.";
        Field("edges", new ListGraphType(new NonNullGraphType(new EdgeType<TNodeGraphType>(nodeTypeName))))
            .Description("A list of edges.")
            .Resolve(c => c.Source.Edges);
        Field<ListGraphType<NonNullGraphType<TNodeGraphType>>>("nodes")
            .Description("A flattened list of the nodes.")
            .Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Information to aid in pagination.")
            .Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("Identifies the total count of items in the connection.")
            .Resolve(c => c.Source.TotalCount
                ?? throw new InvalidOperationException("totalCount was not counted; pass context.SelectsField(\"totalCount\")."));
    }
}

using GraphQL.Types;

namespace Platform.Api.GraphQL.Common.Paging;

/// <summary>
/// <c>XsEdge { cursor: String! node: X! }</c>. Created by <see cref="ConnectionType{TNodeGraphType}"/>,
/// which names it after its field; do not reference this type from other fields.
/// </summary>
public sealed class EdgeType<TNodeGraphType> : ObjectGraphType<IEdge>
    where TNodeGraphType : IGraphType
{
    public EdgeType(string name)
    {
        Name = name;
        Description = "An edge in a connection.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeGraphType>>("node").Resolve(c => c.Source.Node);
    }
}

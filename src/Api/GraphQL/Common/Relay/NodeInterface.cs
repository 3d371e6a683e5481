using GraphQL.Types;

namespace Platform.Api.GraphQL.Common.Relay;

/// <summary>Relay's <c>interface Node { id: ID! }</c>.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a globally unique, opaque id.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The opaque global id of the object.");
    }
}

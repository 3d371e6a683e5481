using GraphQL;
using GraphQL.Types;

namespace Platform.Api.GraphQL.Administration;

/// <summary>An input naming one client; one instance per mutation.</summary>
[DoNotRegister]
public sealed class ClientReferenceInputType : InputObjectGraphType<ClientReferenceInput>
{
    public ClientReferenceInputType(string name)
    {
        Name = name;
        Field(c => c.ClientId);
    }
}

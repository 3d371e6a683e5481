using GraphQL;
using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;

namespace Platform.Api.GraphQL.Administration;

/// <summary>An input naming one client; one instance per mutation.</summary>
[DoNotRegister]
public sealed class ClientReferenceInputType : MutationInputType<ClientReferenceInput>
{
    public ClientReferenceInputType(string name)
    {
        Name = name;
        Field(c => c.ClientId);
    }
}

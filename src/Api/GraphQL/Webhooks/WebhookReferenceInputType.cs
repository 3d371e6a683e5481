using GraphQL;
using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;

namespace Platform.Api.GraphQL.Webhooks;

/// <summary>An input naming one of the caller's webhooks; one instance per mutation.</summary>
[DoNotRegister]
public sealed class WebhookReferenceInputType : MutationInputType<WebhookReferenceInput>
{
    public WebhookReferenceInputType(string name)
    {
        Name = name;
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}

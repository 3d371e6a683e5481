using GraphQL.Types;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Mutations;

namespace Platform.Api.GraphQL.Webhooks;

public sealed class RegisterWebhookInputType : MutationInputType<RegisterWebhookInput>
{
    public RegisterWebhookInputType()
    {
        Name = "RegisterWebhookInput";
        Field(i => i.Url).Description("Where deliveries are posted: https (plain http and private addresses only where Webhooks settings allow), at most 500 characters.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseEventKindEnum>>>>("kinds")
            .Description("The case event kinds to deliver; at least one.");
    }
}

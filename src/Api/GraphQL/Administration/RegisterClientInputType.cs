using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;

namespace Platform.Api.GraphQL.Administration;

public sealed class RegisterClientInputType : MutationInputType<RegisterClientInput>
{
    public RegisterClientInputType()
    {
        Name = "RegisterClientInput";
        Field(c => c.ClientId).Description("Lowercase letters, digits, '.', '_' or '-'; 3 to 64 characters.");
        Field(c => c.DisplayName).Description("At most 100 characters.");
        Field(c => c.Confidential).Description("false: a public front end (code + PKCE); true: a server with a secret (client credentials).");
        Field<IdGraphType>("unitId").Description("The client's unit (required when confidential: the unit it acts for); defaults to the admin's unit.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("redirectUris")
            .Description("Public clients: where codes go, matched exactly; HTTPS, or HTTP on a loopback host.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("postLogoutRedirectUris").Description("Public clients: where sign-out may return to.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("allowedOrigins")
            .Description("Public clients: browser origins allowed by CORS; defaults to the redirect URIs' origins.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("scopes").Description("Confidential clients: the API scopes it may be granted.");
    }
}

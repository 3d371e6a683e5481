using GraphQL.Types;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Identity.Administration;

namespace Platform.Api.GraphQL.Administration;

public sealed class ClientType : ObjectGraphType<ClientSummary>
{
    public ClientType()
    {
        Name = "Client";
        Description = "A registered client of the token server, as its admins see it (never its secret).";
        this.Property(c => c.ClientId);
        this.Property(c => c.DisplayName);
        this.Property(c => c.Confidential);
        Field(c => c.UnitPath, nullable: true).Description("The client's unit: the one a confidential client acts for.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("redirectUris").Resolve(c => c.Source.RedirectUris);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("postLogoutRedirectUris").Resolve(c => c.Source.PostLogoutRedirectUris);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("allowedOrigins").Resolve(c => c.Source.AllowedOrigins);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("scopes").Resolve(c => c.Source.Scopes);
        this.Property(c => c.Disabled);
    }
}

using GraphQL.Types;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Api.GraphQL.Units;
using Platform.Data.Entities;
using Platform.Identity.Administration;

namespace Platform.Api.GraphQL.Administration;

public sealed class UserAccountType : ObjectGraphType<AccountSummary>
{
    public UserAccountType()
    {
        Name = "UserAccount";
        Description = "A person's account as its admins see it.";
        this.Property(a => a.UserName);
        this.Property(a => a.DisplayName);
        Field<NonNullGraphType<UnitType>>("unit")
            .ResolveWith((c, x) => EntityLoaders.ById<Unit>(c, x.UnitId).ValueOrPending());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles").Resolve(c => c.Source.Roles);
        this.Property(a => a.Locked).Description("Locked by an admin or after repeated failed sign-ins.");
        this.Property(a => a.Active).Description("False once deactivated.");
        this.Property(a => a.Activated).Description("True once its owner set a password with the activation code.");
    }
}

using GraphQL.Types;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Api.GraphQL.Units;
using Platform.Api.Tenancy;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Viewer;

/// <summary>The caller: who it is, the unit it acts for, its roles and scopes.</summary>
public sealed class ViewerType : ObjectGraphType<CurrentPrincipal>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "The authenticated caller.";
        Field<StringGraphType>("name").Resolve(c => c.Source.Name);
        Field<StringGraphType>("userId")
            .Description("The caller's user id (the token's `sub`), as `Case.leaderOwner.userId` gives it.")
            .Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<UnitType>>("unit")
            .Description("The unit the caller acts for; every read is scoped to it.")
            .ResolveWith((c, x) => EntityLoaders.ById<Unit>(c, x.UnitId ?? 0).ValueOrPending());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles").Resolve(c => c.Source.Roles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("scopes").Resolve(c => c.Source.Scopes);
        this.AddCaseQueueFields();
    }
}

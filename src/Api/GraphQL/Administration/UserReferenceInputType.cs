using GraphQL;
using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;

namespace Platform.Api.GraphQL.Administration;

/// <summary>An input naming one account (and, for updateUserRoles, its new roles); one instance per mutation.</summary>
[DoNotRegister]
public sealed class UserReferenceInputType : MutationInputType<UserReferenceInput>
{
    public UserReferenceInputType(string name, bool withRoles = false)
    {
        Name = name;
        Field(u => u.UserName).Description("The account's user name.");
        if (withRoles)
        {
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles")
                .Description("The account's roles from now on, replacing the old ones.");
        }
    }
}

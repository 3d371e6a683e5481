using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;

namespace Platform.Api.GraphQL.Administration;

public sealed class CreateUserInputType : MutationInputType<CreateUserInput>
{
    public CreateUserInputType()
    {
        Name = "CreateUserInput";
        Field<NonNullGraphType<IdGraphType>>("unitId").Description("The unit the account acts for: the admin's own unit or one below it.");
        Field(u => u.UserName).Description("Lowercase letters, digits, '.', '_' or '-'; 2 to 64 characters, e.g. 'taopu.officer'.");
        Field(u => u.DisplayName).Description("The name shown in timelines; at most 100 characters.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles")
            .Description("One or more of officer, leader, mediator, elder, proxy, viewer, admin.");
    }
}

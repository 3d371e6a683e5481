using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Workrooms;

namespace Platform.Api.GraphQL.Workrooms;

public sealed class AddElderInputType : MutationInputType<AddElderInput>
{
    public AddElderInputType()
    {
        Name = "AddElderInput";
        this.AddWorkroomReference();
        Field(e => e.Name).Description("The elder's name; at most 100 characters.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("expertise")
            .Description($"Expertise tags, each one of {string.Join(", ", ElderExpertise.Tags)}.");
        Field(e => e.Phone, nullable: true).Description("The elder's phone (personal data): digits, spaces, '+' and '-'.");
        Field(e => e.Account, nullable: true)
            .Description("The user name of the elder's own account (role elder, acting for the workroom's unit or an ancestor), which may then record outcomes of the workroom's sessions.");
    }
}

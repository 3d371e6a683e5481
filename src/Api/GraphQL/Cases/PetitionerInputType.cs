using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Cases;

namespace Platform.Api.GraphQL.Cases;

public sealed class PetitionerInputType : MutationInputType<PetitionerInput>
{
    public PetitionerInputType()
    {
        Name = "PetitionerInput";
        Field(p => p.Name).Description("The petitioner's name.");
        Field(p => p.Phone, nullable: true);
        Field(p => p.IdNumber, nullable: true).Description("The resident ID number (18 characters).");
        Field(p => p.Address, nullable: true);
    }
}

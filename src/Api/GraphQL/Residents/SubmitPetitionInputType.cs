using GraphQL.Types;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Residents;

namespace Platform.Api.GraphQL.Residents;

public sealed class SubmitPetitionInputType : MutationInputType<SubmitPetitionInput>
{
    public SubmitPetitionInputType()
    {
        Name = "SubmitPetitionInput";
        Description = "A resident's petition from a unit's QR code (一码直通).";
        this.Id("unitId", "Unit").Description("The committee or township the QR code names (the `unit` parameter of its URL).");
        Field(p => p.Category, type: typeof(NonNullGraphType<CaseCategoryEnum>));
        Field(p => p.Title).Description("At most 200 characters.");
        Field(p => p.Description).Description("At most 10,000 characters.");
        Field(p => p.Contact, type: typeof(NonNullGraphType<PetitionerInputType>)).Description("The resident (personal data, stored encrypted).");
    }
}

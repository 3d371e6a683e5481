using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.GraphQL.Units;
using Platform.Workflow.Cases;

namespace Platform.Api.GraphQL.Cases;

public sealed class RegisterCaseInputType : MutationInputType<RegisterCaseInput>
{
    public RegisterCaseInputType()
    {
        Name = "RegisterCaseInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PetitionerInputType>>>>("petitioners")
            .Description("The persons behind the case, at least one.");
        Field(c => c.Headcount).Description("Persons in the visit (人次), at least 1; a collective visit counts them all.");
        Field<NonNullGraphType<ChannelEnum>>("channel");
        Field<NonNullGraphType<ReceptionFormEnum>>("receptionForm");
        Field<NonNullGraphType<CaseCategoryEnum>>("category");
        Field(c => c.Title).Description("At most 200 characters.");
        Field(c => c.Description).Description("At most 10,000 characters.");
        this.OptionalId("unitId", UnitType.TypeName).Description("The unit that receives the case: the caller's unit (default) or a descendant.");
        Field<StringGraphType>("clientMutationId").Description("Makes a retry return the case the first attempt registered.");
    }
}

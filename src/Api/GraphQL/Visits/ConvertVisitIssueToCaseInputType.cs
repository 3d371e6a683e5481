using GraphQL.Types;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Visits;

namespace Platform.Api.GraphQL.Visits;

public sealed class ConvertVisitIssueToCaseInputType : MutationInputType<ConvertIssueToCaseInput>
{
    public ConvertVisitIssueToCaseInputType()
    {
        Name = "ConvertVisitIssueToCaseInput";
        this.Reference("visitId", OutreachVisitType.TypeName, "The visit.", "The visit's version as the client read it.");
        Field(i => i.Issue).Description("The issue's number on the visit, from 1.");
        Field<NonNullGraphType<CaseCategoryEnum>>("category");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PetitionerInputType>>>>("petitioners").Description("The residents behind the issue.");
        Field(i => i.Headcount).Description("Persons (人次).");
    }
}

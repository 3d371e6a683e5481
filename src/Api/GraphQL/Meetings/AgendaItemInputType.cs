using GraphQL.Types;
using Platform.Api.GraphQL.Campaigns;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Meetings;

namespace Platform.Api.GraphQL.Meetings;

public sealed class AgendaItemInputType : MutationInputType<AgendaItemInput>
{
    public AgendaItemInputType()
    {
        Name = "AgendaItemInput";
        Field(a => a.Title).Description("At most 200 characters.");
        this.OptionalId("caseId", CaseType.TypeName).Description("The case discussed, if any: visible to the caller.");
        this.OptionalId("suggestionId", SuggestionType.TypeName).Description("The suggestion discussed, if any: visible to the caller.");
        Field<CaseGradeEnum>("grade").Description("How hard the case is (分级); only with a case.");
    }
}

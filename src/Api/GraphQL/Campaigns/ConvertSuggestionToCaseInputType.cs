using GraphQL.Types;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Api.GraphQL.Units;
using Platform.Workflow.Campaigns;

namespace Platform.Api.GraphQL.Campaigns;

public sealed class ConvertSuggestionToCaseInputType : MutationInputType<ConvertSuggestionToCaseInput>
{
    public ConvertSuggestionToCaseInputType()
    {
        Name = "ConvertSuggestionToCaseInput";
        this.AddSuggestionReference();
        Field<NonNullGraphType<CaseCategoryEnum>>("category");
        this.OptionalId("unitId", UnitType.TypeName).Description("The unit that receives the case: the campaign's unit (default) or another unit in the caller's subtree.");
    }
}

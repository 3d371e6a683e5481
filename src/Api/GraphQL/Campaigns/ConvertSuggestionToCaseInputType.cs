using GraphQL.Types;
using Platform.Api.GraphQL.Cases;

namespace Platform.Api.GraphQL.Campaigns;

public sealed class ConvertSuggestionToCaseInputType : InputObjectGraphType<ConvertSuggestionToCaseInput>
{
    public ConvertSuggestionToCaseInputType()
    {
        Name = "ConvertSuggestionToCaseInput";
        this.AddSuggestionReference();
        Field<NonNullGraphType<CaseCategoryEnum>>("category");
        Field<IdGraphType>("unitId").Description("The unit that receives the case: the campaign's unit (default) or another unit in the caller's subtree.");
    }
}

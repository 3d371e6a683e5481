using GraphQL.Types;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Residents;

namespace Platform.Api.GraphQL.Residents;

public sealed class RateResolutionInputType : MutationInputType<RateResolutionInput>
{
    public RateResolutionInputType()
    {
        Name = "RateResolutionInput";
        Field(r => r.Receipt).Description("The receipt code the petitioner was given.");
        Field(r => r.Satisfaction, type: typeof(NonNullGraphType<SatisfactionEnum>)).Description("Is the petitioner satisfied (群众是否满意)?");
        Field(r => r.Comment, nullable: true).Description("The petitioner's own words, at most 4,000 characters.");
    }
}

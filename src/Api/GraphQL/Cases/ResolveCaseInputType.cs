using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Cases;

namespace Platform.Api.GraphQL.Cases;

public sealed class ResolveCaseInputType : MutationInputType<ResolveCaseInput>
{
    public ResolveCaseInputType()
    {
        Name = "ResolveCaseInput";
        this.AddCaseReference();
        Field(c => c.Answer).Description("The answer given to the petitioner (答复意见), at most 10,000 characters.");
    }
}

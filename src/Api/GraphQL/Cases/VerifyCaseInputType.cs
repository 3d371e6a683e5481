using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Cases;

namespace Platform.Api.GraphQL.Cases;

public sealed class VerifyCaseInputType : MutationInputType<VerifyCaseInput>
{
    public VerifyCaseInputType()
    {
        Name = "VerifyCaseInput";
        this.AddCaseReference();
        Field(c => c.HandledPerNorm).Description("Was it handled according to the norms (是否依法按政策办理)?");
        Field(c => c.MeasuresImplemented).Description("Were the promised measures implemented (是否落实到位)?");
        Field(c => c.ProblemSolved).Description("Was the problem solved (问题是否解决)?");
        Field(c => c.CitizenSatisfied).Description("Is the petitioner satisfied (群众是否满意)? Must agree with `satisfaction`.");
        Field<NonNullGraphType<SatisfactionEnum>>("satisfaction")
            .Description("SATISFIED or BASICALLY_SATISFIED verify the case; DISSATISFIED reopens it once for review (复查), then closes it as unresolved.");
        Field<NonNullGraphType<VerificationMethodEnum>>("method").Description("How the petitioner was asked.");
        Field<StringGraphType>("note").Description("At most 2,000 characters.");
    }
}

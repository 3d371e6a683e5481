using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Mediation;

namespace Platform.Api.GraphQL.Mediation;

public sealed class RecordMediationOutcomeInputType : MutationInputType<RecordMediationOutcomeInput>
{
    public RecordMediationOutcomeInputType()
    {
        Name = "RecordMediationOutcomeInput";
        this.AddSessionReference();
        Field<NonNullGraphType<MediationOutcomeEnum>>("outcome");
        Field(m => m.AgreementText, nullable: true).Description("The agreement; required for AGREEMENT and PARTIAL, at most 10,000 characters.");
        Field<DateTimeGraphType>("followUpAt").Description("When to follow the agreement up, if at all; must be in the future.");
    }
}

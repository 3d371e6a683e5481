using GraphQL.Types;
using Platform.Api.GraphQL.Common.Mutations;
using Platform.Workflow.Mediation;

namespace Platform.Api.GraphQL.Mediation;

public sealed class RescheduleMediationInputType : MutationInputType<RescheduleMediationInput>
{
    public RescheduleMediationInputType()
    {
        Name = "RescheduleMediationInput";
        this.AddSessionReference();
        Field<NonNullGraphType<DateTimeGraphType>>("scheduledAt").Description("The new time; must be in the future.");
        Field(m => m.Place, nullable: true).Description("The new place; unchanged when omitted.");
    }
}

using GraphQL.Types;
using Platform.Workflow.Statistics;

namespace Platform.Api.GraphQL.Statistics;

public sealed class MediationStatsType : ObjectGraphType<StatsTally>
{
    public MediationStatsType()
    {
        Name = "MediationStats";
        Description = "Mediation sessions owned in the subtree and scheduled in the period.";
        Field<NonNullGraphType<IntGraphType>>("sessions").Description("Sessions scheduled in the period, whatever their status.").Resolve(c => c.Source.Sessions);
        Field<NonNullGraphType<IntGraphType>>("completed").Description("Sessions with a recorded outcome.").Resolve(c => c.Source.SessionsCompleted);
        Field<NonNullGraphType<IntGraphType>>("agreements").Description("Completed sessions whose outcome is AGREEMENT.").Resolve(c => c.Source.Agreements);
        Field<FloatGraphType>("agreementRate")
            .Description("agreements ÷ completed, a fraction from 0 to 1; null when no session was completed.")
            .Resolve(c => c.Source.AgreementRate);
    }
}

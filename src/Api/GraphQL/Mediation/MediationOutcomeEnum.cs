using GraphQL.Types;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Mediation;

public sealed class MediationOutcomeEnum : EnumerationGraphType<MediationOutcome>
{
    public MediationOutcomeEnum()
    {
        Name = "MediationOutcome";
        Description = "The result of a mediation.";
    }
}

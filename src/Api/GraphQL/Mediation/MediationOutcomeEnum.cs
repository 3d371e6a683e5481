using Platform.Api.GraphQL.Common.Enums;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Mediation;

public sealed class MediationOutcomeEnum : ConstantCaseEnum<MediationOutcome>
{
    public MediationOutcomeEnum()
    {
        Name = "MediationOutcome";
        Description = "The result of a mediation.";
    }
}

using Platform.Api.GraphQL.Common.Enums;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Mediation;

public sealed class MediationStatusEnum : ConstantCaseEnum<MediationStatus>
{
    public MediationStatusEnum()
    {
        Name = "MediationStatus";
        Description = "Whether a session is scheduled, completed or cancelled.";
    }
}

using GraphQL.Types;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Mediation;

public sealed class MediationStatusEnum : EnumerationGraphType<MediationStatus>
{
    public MediationStatusEnum()
    {
        Name = "MediationStatus";
        Description = "Whether a session is scheduled, completed or cancelled.";
    }
}

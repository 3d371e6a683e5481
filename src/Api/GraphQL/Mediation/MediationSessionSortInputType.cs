using Platform.Api.GraphQL.Common.Sorting;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Mediation;

public sealed class MediationSessionSortInputType : SortInputType<MediationSession>
{
    public MediationSessionSortInputType()
    {
        Name = "MediationSessionSortInput";
        Field("scheduledAt", m => m.ScheduledAt);
        Field("kind", m => m.Kind);
        Field("status", m => m.Status);
        Field("subject", m => m.Subject);
    }
}

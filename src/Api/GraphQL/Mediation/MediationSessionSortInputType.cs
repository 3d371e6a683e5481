using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Sorting;
using Platform.Api.GraphQL.Units;
using Platform.Api.GraphQL.Workrooms;
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
        ObjectField<Unit, UnitSortInputType>("ownerUnit", m => m.OwnerUnit);
        ObjectField<Case, CaseSortInputType>("case", m => m.Case);
        ObjectField<Workroom, WorkroomSortInputType>("workroom", m => m.Workroom);
    }
}

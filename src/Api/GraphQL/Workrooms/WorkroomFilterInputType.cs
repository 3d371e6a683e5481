using Platform.Api.GraphQL.Common.Filtering;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.GraphQL.Mediation;
using Platform.Api.GraphQL.Units;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Workrooms;

public sealed class WorkroomFilterInputType : FilterInputType<Workroom>
{
    public WorkroomFilterInputType()
    {
        Name = "WorkroomFilterInput";
        Field("name", w => w.Name);
        Field("address", w => w.Address);
        Field("createdAt", w => w.CreatedAt);
        IdField("unitId", w => w.UnitId, id => GlobalId.DecodeKey(id, UnitType.TypeName));
        ObjectField<Unit, UnitFilterInputType>("unit", w => w.Unit);
        ListField<MediationSession, MediationSessionFilterInputType>("sessions", w => w.Sessions);
    }
}

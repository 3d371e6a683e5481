using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Filtering;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.GraphQL.Units;
using Platform.Api.GraphQL.Workrooms;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Mediation;

public sealed class MediationSessionFilterInputType : FilterInputType<MediationSession>
{
    public MediationSessionFilterInputType()
    {
        Name = "MediationSessionFilterInput";
        Field<MediationKind, MediationKindEnum>("kind", m => m.Kind);
        Field<MediationStatus, MediationStatusEnum>("status", m => m.Status);
        Field<MediationOutcome, MediationOutcomeEnum>("outcome", m => m.Outcome);
        Field("subject", m => m.Subject);
        Field("place", m => m.Place);
        Field("scheduledAt", m => m.ScheduledAt);
        ReferenceField<Case>("caseId", m => m.CaseId, id => GlobalId.DecodeKey(id, CaseType.TypeName));
        ReferenceField<Workroom>("workroomId", m => m.WorkroomId, id => GlobalId.DecodeKey(id, WorkroomType.TypeName));
        ObjectField<Unit, UnitFilterInputType>("ownerUnit", m => m.OwnerUnit);
        ObjectField<Case, CaseFilterInputType>("case", m => m.Case);
        ObjectField<Workroom, WorkroomFilterInputType>("workroom", m => m.Workroom);
        ListField<MediationParty, MediationPartyFilterInputType>("parties", m => m.Parties);
    }
}

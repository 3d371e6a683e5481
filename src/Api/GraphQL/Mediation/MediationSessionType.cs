using GraphQL.Types;
using Platform.Api.GraphQL.Attachments;
using Platform.Api.GraphQL.Cases;
using Platform.Api.GraphQL.Common.Activity;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.GraphQL.Units;
using Platform.Api.GraphQL.Workrooms;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Mediation;

/// <summary>A scheduled mediation (调解).</summary>
public sealed class MediationSessionType : ObjectGraphType<MediationSession>
{
    public const string TypeName = "MediationSession";

    public MediationSessionType()
    {
        Name = TypeName;
        Description = "A scheduled mediation, optionally for a case and in an elders' workroom.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is MediationSession;

        Field<NonNullGraphType<IdGraphType>>("id").ResolveSource(x => GlobalId.Encode(TypeName, x.Id)).Reads(nameof(MediationSession.Id));
        this.Column("kind", m => m.Kind, typeof(NonNullGraphType<MediationKindEnum>));
        this.Column("status", m => m.Status, typeof(NonNullGraphType<MediationStatusEnum>));
        this.Column("subject", m => m.Subject);
        this.Column("scheduledAt", m => m.ScheduledAt);
        this.Column("place", m => m.Place);
        this.Column("outcome", m => m.Outcome, typeof(MediationOutcomeEnum));
        this.Column("agreementText", m => m.AgreementText, typeof(StringGraphType));
        this.Column("followUpAt", m => m.FollowUpAt, typeof(DateTimeGraphType));
        this.Column("recordedAt", m => m.RecordedAt, typeof(DateTimeGraphType));
        this.Column("cancelReason", m => m.CancelReason, typeof(StringGraphType));
        this.Column("version", m => m.Version);

        Field<NonNullGraphType<UnitType>>("ownerUnit")
            .Reads(nameof(MediationSession.OwnerUnitId))
            .ResolveWith((c, x) => EntityLoaders.ById<Unit>(c, x.OwnerUnitId).ValueOrPending());
        Field<CaseType>("case")
            .Description("The case this session mediates, if any and if visible.")
            .Reads(nameof(MediationSession.CaseId))
            .Resolve(c => c.Source.CaseId is { } id
                ? EntityLoaders.ById<Case>(c, id)
                : null);
        Field<WorkroomType>("workroom")
            .Reads(nameof(MediationSession.WorkroomId))
            .Resolve(c => c.Source.WorkroomId is { } id
                ? EntityLoaders.ById<Workroom>(c, id)
                : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MediationPartyType>>>>("parties")
            .Resolve(c => EntityLoaders.ByParent<MediationParty>(
                c, nameof(MediationParty.SessionId), c.Source.Id, q => q.OrderBy(p => p.Id)));
        this.AddHistory(e => e.SessionId, x => x.Id);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MediatorType>>>>("mediators")
            .Resolve(c => EntityLoaders.ByParent<Mediator>(
                c, nameof(Mediator.SessionId), c.Source.Id, q => q.OrderBy(m => m.Id)));
        this.AttachmentsField(nameof(Attachment.SessionId), x => x.Id);
    }
}

using GraphQL.Types;
using Platform.Api.GraphQL.Attachments;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Paging;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.GraphQL.Mediation;
using Platform.Api.GraphQL.Units;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

/// <summary>A petition or dispute (信访事项).</summary>
public sealed class CaseType : ObjectGraphType<Case>
{
    public const string TypeName = "Case";

    public CaseType()
    {
        Name = TypeName;
        Description = "A petition or dispute (信访事项) with its handling, sharing and timeline.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Case;

        Field<NonNullGraphType<IdGraphType>>("id").ResolveSource(x => GlobalId.Encode(TypeName, x.Id)).Reads(nameof(Case.Id));
        this.Column("number", c => c.Number).Description("The case number, unique across the platform.");
        this.Column("title", c => c.Title);
        this.Column("description", c => c.Description);
        this.Column("category", c => c.Category, typeof(NonNullGraphType<CaseCategoryEnum>));
        this.Column("channel", c => c.Channel, typeof(NonNullGraphType<ChannelEnum>));
        this.Column("receptionForm", c => c.ReceptionForm, typeof(NonNullGraphType<ReceptionFormEnum>));
        this.Column("status", c => c.Status, typeof(NonNullGraphType<CaseStatusEnum>));
        this.Column("headcount", c => c.Headcount).Description("Persons in the visit (人次); a case counts as one batch (批次).");
        this.Column("firstReceiverName", c => c.FirstReceiverName).Description("The officer who first received the case (首接负责).");
        this.Column("leaderOwnerName", c => c.LeaderOwnerName, typeof(StringGraphType)).Description("The leader who owns the case (领导包案), if any.");
        Field<CaseLeaderOwnerType>("leaderOwner")
            .Description("The leader who owns the case (领导包案), if any; filter on `leaderOwnerUserId`, or read `viewer.queue(kind: LEADER_OWNED)`.")
            .Reads(nameof(Case.LeaderOwnerId), nameof(Case.LeaderOwnerName))
            .Resolve(c => c.Source.LeaderOwnerId is { } id ? new CaseLeaderOwner(id, c.Source.LeaderOwnerName ?? "") : null);
        this.Column("registeredAt", c => c.RegisteredAt);
        this.Column("acceptDueAt", c => c.AcceptDueAt).Description("The acceptance decision is due by then.");
        this.Column("acceptedAt", c => c.AcceptedAt, typeof(DateTimeGraphType));
        this.Column("resolveDueAt", c => c.ResolveDueAt, typeof(DateTimeGraphType)).Description("Handling is due by then, once accepted.");
        this.Column("resolvedAt", c => c.ResolvedAt, typeof(DateTimeGraphType));
        this.Column("closedAt", c => c.ClosedAt, typeof(DateTimeGraphType));
        this.Column("deadlineExtended", c => c.DeadlineExtended);
        this.Column("reviewCount", c => c.ReviewCount).Description("How many times a dissatisfied verification reopened the case (复查).");
        this.Column("answer", c => c.Answer, typeof(StringGraphType)).Description("The answer given to the petitioner on resolution.");
        Field<DateTimeGraphType>("dueAt")
            .Description("The deadline that applies now: acceptance while REGISTERED, handling while ACCEPTED or IN_PROGRESS, else null.")
            .Reads(CaseDeadlines.Columns)
            .ResolveSource(x => CaseDeadlines.DueAtFor(x));
        Field<NonNullGraphType<BooleanGraphType>>("dueSoon")
            .Description("Not overdue, but dueAt is within the policy's due-soon days (3 by default).")
            .Reads(CaseDeadlines.Columns)
            .Resolve(c => CaseDeadlines.IsDueSoon(c.Source, CaseDeadlines.Now(c.RequestServices!), CaseDeadlines.DueSoonDays(c.RequestServices!)));
        Field<NonNullGraphType<BooleanGraphType>>("overdue")
            .Description("dueAt has passed.")
            .Reads(CaseDeadlines.Columns)
            .Resolve(c => CaseDeadlines.IsOverdue(c.Source, CaseDeadlines.Now(c.RequestServices!)));
        this.Column("citizenSatisfaction", c => c.CitizenSatisfaction, typeof(SatisfactionEnum))
            .Description("The petitioner's own answer after resolution, given with the receipt (rateResolution); null until then.");
        this.Column("version", c => c.Version).Description("Changes with every update; send it back to detect concurrent edits.");

        Field<NonNullGraphType<UnitType>>("ownerUnit")
            .Description("Where the case was first received; it keeps visibility and note rights.")
            .Reads(nameof(Case.OwnerUnitId))
            .ResolveWith((c, x) => EntityLoaders.ById<Unit>(c, x.OwnerUnitId).ValueOrPending());
        Field<NonNullGraphType<UnitType>>("handlingUnit")
            .Description("The unit whose queue the case is in now (承办单位).")
            .Reads(nameof(Case.HandlingUnitId))
            .ResolveWith((c, x) => EntityLoaders.ById<Unit>(c, x.HandlingUnitId).ValueOrPending());

        Field<CaseType>("primaryCase")
            .Description("The earlier case this one repeats (linkDuplicate), if linked and visible.")
            .Reads(nameof(Case.PrimaryCaseId))
            .Resolve(c => c.Source.PrimaryCaseId is { } id ? EntityLoaders.ById<Case>(c, id) : null);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PetitionerType>>>>("petitioners")
            .Description("The persons behind the case; personal data is masked unless the viewer may read it.")
            .Reads(CaseDataLoaders.PersonalDataColumns)
            .ResolveWith(CaseDataLoaders.Petitioners);

        this.ConnectionField<CaseEventType, Case>("events")
            .Description("The timeline, oldest first unless ordered otherwise.")
            .Argument<CaseEventFilterInputType>("where")
            .Argument<ListGraphType<NonNullGraphType<CaseEventSortInputType>>>("order")
            .PagingArguments()
            .ResolveWith((c, x) => CaseDataLoaders.Events(c, x.Id));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseShareType>>>>("shares")
            .Description("Grants of the case to other units that the viewer can see.")
            .Resolve(c => EntityLoaders.ByParent<CaseShare>(
                c, nameof(CaseShare.CaseId), c.Source.Id, q => q.OrderBy(s => s.CreatedAt)));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseSupervisionType>>>>("supervisions")
            .Description("Supervision orders (督办) on the case, oldest first.")
            .Resolve(c => EntityLoaders.ByParent<CaseSupervision>(
                c, nameof(CaseSupervision.CaseId), c.Source.Id, q => q.OrderBy(s => s.IssuedAt)));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseVerificationType>>>>("verifications")
            .Description("The verifications (四个是否) of the case, oldest first; a review (复查) adds a second one.")
            .Resolve(c => EntityLoaders.ByParent<CaseVerification>(
                c, nameof(CaseVerification.CaseId), c.Source.Id, q => q.OrderBy(v => v.VerifiedAt)));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MediationSessionType>>>>("mediationSessions")
            .Resolve(c => EntityLoaders.ByParent<MediationSession>(
                c, nameof(MediationSession.CaseId), c.Source.Id, q => q.OrderBy(s => s.ScheduledAt)));
        this.AttachmentsField(nameof(Attachment.CaseId), x => x.Id);
    }
}

using GraphQL.Types;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Api.GraphQL.Units;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Administration;

public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One administration act, immutable; readable by the admins of the subtree it concerns.";
        this.Column("action", e => e.Action).Description("e.g. UNIT_CREATED, USER_LOCKED, CLIENT_SECRET_ROTATED.");
        this.Column("subjectKind", e => e.SubjectKind).Description("UNIT, USER or CLIENT.");
        this.Column("subject", e => e.Subject).Description("The unit's path, the user name or the client id.");
        this.Column("ownerPath", e => e.OwnerPath).Description("The path of the unit the act concerns.");
        this.Column("occurredAt", e => e.OccurredAt);
        this.Column("actorName", e => e.ActorName);
        this.Column("data", e => e.Data, typeof(StringGraphType)).Description("Details as a JSON object; never a secret or code.");
        Field<NonNullGraphType<UnitType>>("actorUnit")
            .Reads(nameof(AuditEntry.ActorUnitId))
            .ResolveWith((c, x) => EntityLoaders.ById<Unit>(c, x.ActorUnitId).ValueOrPending());
    }
}

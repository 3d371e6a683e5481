using GraphQL.Types;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Api.GraphQL.Units;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

/// <summary>A grant of a case to another unit (交办/上报/转办/协办).</summary>
public sealed class CaseShareType : ObjectGraphType<CaseShare>
{
    public CaseShareType()
    {
        Name = "CaseShare";
        Description = "A grant of a case to another unit: ESCALATE (上报), ASSIGN (交办), REFER (转办) or ASSIST (协办).";
        this.Column("kind", s => s.Kind, typeof(NonNullGraphType<ShareKindEnum>));
        this.Column("status", s => s.Status, typeof(NonNullGraphType<ShareStatusEnum>));
        this.Column("reason", s => s.Reason, typeof(StringGraphType));
        this.Column("createdAt", s => s.CreatedAt);
        this.Column("createdByName", s => s.CreatedByName);
        this.Column("respondedAt", s => s.RespondedAt, typeof(DateTimeGraphType));
        this.Column("responseReason", s => s.ResponseReason, typeof(StringGraphType));
        Field<NonNullGraphType<UnitType>>("fromUnit")
            .Reads(nameof(CaseShare.FromUnitId))
            .ResolveWith((c, x) => EntityLoaders.ById<Unit>(c, x.FromUnitId).ValueOrPending());
        Field<NonNullGraphType<UnitType>>("targetUnit")
            .Reads(nameof(CaseShare.TargetUnitId))
            .ResolveWith((c, x) => EntityLoaders.ById<Unit>(c, x.TargetUnitId).ValueOrPending());
    }
}

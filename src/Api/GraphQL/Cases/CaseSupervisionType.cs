using GraphQL.Types;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.GraphQL.Units;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

/// <summary>A supervision order (督办) from a superior unit, and the handling unit's reply.</summary>
public sealed class CaseSupervisionType : ObjectGraphType<CaseSupervision>
{
    public const string TypeName = "CaseSupervision";

    public CaseSupervisionType()
    {
        Name = TypeName;
        Description = "A supervision order (督办) from a superior unit, with a level and a reply deadline.";
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Pass it to replyToSupervision.")
            .ResolveSource(x => GlobalId.Encode(TypeName, x.Id))
            .Reads(nameof(CaseSupervision.Id));
        this.Column("level", s => s.Level, typeof(NonNullGraphType<SupervisionLevelEnum>));
        this.Column("instruction", s => s.Instruction);
        this.Column("issuedAt", s => s.IssuedAt);
        this.Column("replyDueAt", s => s.ReplyDueAt).Description("The handling unit's reply is due by then.");
        this.Column("reply", s => s.Reply, typeof(StringGraphType)).Description("The handling unit's reply; null until it replies.");
        this.Column("repliedAt", s => s.RepliedAt, typeof(DateTimeGraphType));
        Field<NonNullGraphType<BooleanGraphType>>("replyOverdue")
            .Description("The reply deadline has passed without a reply; such cases are in the REPLY_OVERDUE queue.")
            .Reads(nameof(CaseSupervision.RepliedAt), nameof(CaseSupervision.ReplyDueAt))
            .Resolve(c => c.Source.RepliedAt is null && c.Source.ReplyDueAt < CaseDeadlines.Now(c.RequestServices!));
        Field<NonNullGraphType<UnitType>>("issuedByUnit")
            .Description("The superior unit that issued the order.")
            .Reads(nameof(CaseSupervision.IssuedByUnitId))
            .ResolveWith((c, x) => EntityLoaders.ById<Unit>(c, x.IssuedByUnitId).ValueOrPending());
    }
}

using GraphQL.Types;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.GraphQL.Units;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Receptions;

/// <summary>A leader's reception day (领导接待日).</summary>
public sealed class ReceptionScheduleType : ObjectGraphType<ReceptionSchedule>
{
    public const string TypeName = "ReceptionSchedule";

    public ReceptionScheduleType()
    {
        Name = TypeName;
        Description = "A leader's reception day at a unit, weekly or on booked dates; visible like a workroom (the unit's subtree and its descendants).";
        Interface<NodeInterface>();
        IsTypeOf = o => o is ReceptionSchedule;

        Field<NonNullGraphType<IdGraphType>>("id").ResolveSource(x => GlobalId.Encode(TypeName, x.Id)).Reads(nameof(ReceptionSchedule.Id));
        this.Column("leaderName", s => s.LeaderName).Description("The leader who receives.");
        this.Column("place", s => s.Place);
        this.Column("weekday", s => s.Weekday, typeof(WeekdayEnum)).Description("The weekday of a weekly reception; null for dated appointments only.");
        this.Column("version", s => s.Version);
        Field<NonNullGraphType<UnitType>>("unit")
            .Reads(nameof(ReceptionSchedule.OwnerUnitId))
            .ResolveWith((c, x) => EntityLoaders.ById<Unit>(c, x.OwnerUnitId).ValueOrPending());
    }
}

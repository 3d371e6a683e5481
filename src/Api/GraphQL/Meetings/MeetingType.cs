using GraphQL.Types;
using Platform.Api.GraphQL.Attachments;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.GraphQL.Units;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Meetings;

/// <summary>A working meeting (例会, 联席会, 民情分析会).</summary>
public sealed class MeetingType : ObjectGraphType<Meeting>
{
    public const string TypeName = "Meeting";

    public MeetingType()
    {
        Name = TypeName;
        Description = "A working meeting of a unit with attending units, an agenda and decisions; visible in the unit's subtree and to the attending units.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Meeting;

        Field<NonNullGraphType<IdGraphType>>("id").ResolveSource(x => GlobalId.Encode(TypeName, x.Id)).Reads(nameof(Meeting.Id));
        this.Column("kind", m => m.Kind, typeof(NonNullGraphType<MeetingKindEnum>));
        this.Column("title", m => m.Title);
        this.Column("heldAt", m => m.HeldAt);
        this.Column("place", m => m.Place);
        this.Column("minutes", m => m.Minutes, typeof(StringGraphType)).Description("The minutes (会议纪要), once recorded.");
        this.Column("version", m => m.Version);

        Field<NonNullGraphType<UnitType>>("unit")
            .Description("The unit that holds the meeting.")
            .Reads(nameof(Meeting.OwnerUnitId))
            .ResolveWith((c, x) => EntityLoaders.ById<Unit>(c, x.OwnerUnitId).ValueOrPending());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitType>>>>("attendingUnits")
            .Description("The units that attend, departments included, in the order they were named.")
            .Reads(nameof(Meeting.Id))
            .Resolve(c => MeetingDataLoaders.AttendingUnits(c, c.Source.Id, GraphTypes.Complex(c.FieldDefinition.ResolvedType)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeetingAgendaItemType>>>>("agendaItems")
            .Reads(nameof(Meeting.Id))
            .Resolve(c => EntityLoaders.ByParent<MeetingAgendaItem>(
                c, nameof(MeetingAgendaItem.MeetingId), c.Source.Id, q => q.OrderBy(a => a.Position)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeetingDecisionType>>>>("decisions")
            .Reads(nameof(Meeting.Id))
            .Resolve(c => EntityLoaders.ByParent<MeetingDecision>(
                c, nameof(MeetingDecision.MeetingId), c.Source.Id, q => q.OrderBy(d => d.Id)));
        this.AttachmentsField(nameof(Attachment.MeetingId), x => x.Id);
    }
}

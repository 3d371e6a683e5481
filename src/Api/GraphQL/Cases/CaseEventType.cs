using GraphQL.Types;
using Platform.Api.GraphQL.Common.Activity;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.GraphQL.Units;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

/// <summary>An immutable entry of a case's timeline.</summary>
public sealed class CaseEventType : ObjectGraphType<CaseEvent>
{
    public const string TypeName = "CaseEvent";

    public CaseEventType()
    {
        Name = TypeName;
        Description = "An immutable entry of a case's timeline.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is CaseEvent;

        Field<NonNullGraphType<IdGraphType>>("id").ResolveSource(x => GlobalId.Encode(TypeName, x.Id)).Reads(nameof(CaseEvent.Id));
        this.Column("kind", e => e.Kind, typeof(NonNullGraphType<CaseEventKindEnum>));
        this.Column("occurredAt", e => e.OccurredAt);
        this.Column("actorName", e => e.ActorName);
        this.Column("note", e => e.Note, typeof(StringGraphType));
        Field<StringGraphType>("data")
            .Description("Kind-specific details as a JSON object.")
            .Reads(nameof(CaseEvent.Data))
            .Resolve(c => EventDetails.AsSeen(c, c.Source.Data));
        Field<NonNullGraphType<UnitType>>("actorUnit")
            .Reads(nameof(CaseEvent.ActorUnitId))
            .ResolveWith((c, x) => EntityLoaders.ById<Unit>(c, x.ActorUnitId).ValueOrPending());
    }
}

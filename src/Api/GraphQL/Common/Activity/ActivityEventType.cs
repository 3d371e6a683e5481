using GraphQL.Types;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Api.GraphQL.Units;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Common.Activity;

/// <summary>An entry in the history of a session, workroom, campaign or suggestion.</summary>
public sealed class ActivityEventType : ObjectGraphType<ActivityEvent>
{
    public ActivityEventType()
    {
        Name = "ActivityEvent";
        Description = "An immutable entry in the history of a mediation session, workroom, campaign or suggestion.";
        this.Column("kind", e => e.Kind).Description("What happened, e.g. MEDIATION_SCHEDULED, ELDER_ADDED, CAMPAIGN_OPENED.");
        this.Column("occurredAt", e => e.OccurredAt);
        this.Column("actorName", e => e.ActorName);
        this.Column("note", e => e.Note, typeof(StringGraphType));
        Field<StringGraphType>("data")
            .Description("Kind-specific details as a JSON object.")
            .Reads(nameof(ActivityEvent.Data))
            .Resolve(c => EventDetails.AsSeen(c, c.Source.Data));
        Field<NonNullGraphType<UnitType>>("actorUnit")
            .Reads(nameof(ActivityEvent.ActorUnitId))
            .ResolveWith((c, x) => EntityLoaders.ById<Unit>(c, x.ActorUnitId).ValueOrPending());
    }
}

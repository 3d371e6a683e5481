using GraphQL.Types;
using Platform.Api.GraphQL.Common.Activity;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Api.GraphQL.Mediation;
using Platform.Api.GraphQL.Units;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Workrooms;

/// <summary>An elders' workroom (乡贤工作室).</summary>
public sealed class WorkroomType : ObjectGraphType<Workroom>
{
    public const string TypeName = "Workroom";

    public WorkroomType()
    {
        Name = TypeName;
        Description = "An elders' workroom (乡贤工作室) that hosts mediation; visible in its unit's subtree and to its descendants' principals.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Workroom;

        Field<NonNullGraphType<IdGraphType>>("id").ResolveSource(x => GlobalId.Encode(TypeName, x.Id)).Reads(nameof(Workroom.Id));
        this.Column("name", w => w.Name);
        this.Column("address", w => w.Address, typeof(StringGraphType));
        this.Column("openingHours", w => w.OpeningHours, typeof(StringGraphType));
        this.Column("description", w => w.Description, typeof(StringGraphType));
        this.Column("createdAt", w => w.CreatedAt);
        this.Column("version", w => w.Version);
        Field<NonNullGraphType<UnitType>>("unit")
            .Reads(nameof(Workroom.UnitId))
            .ResolveWith((c, x) => EntityLoaders.ById<Unit>(c, x.UnitId).ValueOrPending());
        this.AddHistory(e => e.WorkroomId, x => x.Id);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ElderType>>>>("elders")
            .Resolve(c => EntityLoaders.ByParent<Elder>(
                c, nameof(Elder.WorkroomId), c.Source.Id, q => q.OrderBy(e => e.Name)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MediationSessionType>>>>("sessions")
            .Description("Sessions held in the workroom that the viewer can see, latest first.")
            .Resolve(c => EntityLoaders.ByParent<MediationSession>(
                c, nameof(MediationSession.WorkroomId), c.Source.Id,
                q => q.OrderByDescending(m => m.ScheduledAt)));
        Field<NonNullGraphType<IntGraphType>>("sessionCount")
            .Description("Sessions held in the workroom that the viewer can see, in any status.")
            .Reads(nameof(Workroom.Id))
            .Resolve(c => WorkroomDataLoaders.SessionCounts(c, c.Source.Id).Then(n => n.Sessions));
        Field<NonNullGraphType<IntGraphType>>("agreementCount")
            .Description("Sessions held in the workroom that the viewer can see and that ended in an AGREEMENT.")
            .Reads(nameof(Workroom.Id))
            .Resolve(c => WorkroomDataLoaders.SessionCounts(c, c.Source.Id).Then(n => n.Agreements));
    }
}

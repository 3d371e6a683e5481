using GraphQL.Types;
using Platform.Api.GraphQL.Common.Loading;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Data.Entities;
using Platform.Data.Tenancy;

namespace Platform.Api.GraphQL.Units;

/// <summary>A unit of the jurisdiction tree; readable by every authenticated principal (DESIGN §4 rule 3).</summary>
public sealed class UnitType : ObjectGraphType<Unit>
{
    public const string TypeName = "Unit";

    public UnitType()
    {
        Name = TypeName;
        Description = "A node of the jurisdiction tree: city, district, township, committee or grid; or a functional department under a district or township.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Unit;

        Field<NonNullGraphType<IdGraphType>>("id").ResolveSource(x => GlobalId.Encode(TypeName, x.Id)).Reads(nameof(Unit.Id));
        this.Column("code", u => u.Code).Description("Slug unique among the unit's siblings.");
        this.Column("name", u => u.Name);
        this.Column("kind", u => u.Kind, typeof(NonNullGraphType<UnitKindEnum>));
        this.Column("path", u => u.Path).Description("Codes from the root joined by '/', with leading and trailing slash.");
        this.Column("depth", u => u.Depth).Description("0 for the city.");
        this.Column("deactivatedAt", u => u.DeactivatedAt, typeof(DateTimeGraphType))
            .Description("When an admin deactivated the unit: it takes no new cases or shares; null while active.");

        Field<UnitType>("parent")
            .Reads(nameof(Unit.ParentId))
            .Resolve(c => c.Source.ParentId is { } id
                ? EntityLoaders.ById<Unit>(c, id)
                : null);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitType>>>>("children")
            .Description("The direct children, by code.")
            .Resolve(c => EntityLoaders.ByParent<Unit>(
                c, nameof(Unit.ParentId), c.Source.Id, q => q.OrderBy(u => u.Code)));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitType>>>>("ancestors")
            .Description("The unit's ancestors, root first.")
            .Reads(nameof(Unit.Path))
            .Resolve(c => UnitDataLoaders.ByPaths(c, UnitPath.Lineage(c.Source.Path).SkipLast(1).ToList()));
    }
}

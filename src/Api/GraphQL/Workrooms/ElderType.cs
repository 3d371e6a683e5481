using GraphQL.Types;
using Platform.Api.GraphQL.Common.Pii;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Api.GraphQL.Common.Relay;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Workrooms;

/// <summary>An elder member of a workroom; the phone is personal data.</summary>
public sealed class ElderType : ObjectGraphType<Elder>
{
    public const string TypeName = "Elder";

    public ElderType()
    {
        Name = TypeName;
        Description = "A respected resident who mediates in a workroom. The phone is masked unless the viewer may read the workroom unit's personal data.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is Elder;

        Field<NonNullGraphType<IdGraphType>>("id").ResolveSource(x => GlobalId.Encode(TypeName, x.Id)).Reads(nameof(Elder.Id));
        this.Column("name", e => e.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("expertise")
            .Description("Expertise tags such as LAW, PROPERTY, FAMILY, CONSTRUCTION.")
            .Reads(nameof(Elder.Expertise))
            .Resolve(c => c.Source.Expertise.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        this.PiiColumn("phone", e => e.Phone, Mask.Phone, e => e.OwnerPath);
        this.Column("active", e => e.Active);
        this.Column("joinedAt", e => e.JoinedAt);
    }
}

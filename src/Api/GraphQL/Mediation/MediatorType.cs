using GraphQL.Types;
using Platform.Api.GraphQL.Common.Projection;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Mediation;

/// <summary>A mediator of a session: staff or an elder.</summary>
public sealed class MediatorType : ObjectGraphType<Mediator>
{
    public MediatorType()
    {
        Name = "Mediator";
        this.Column("kind", m => m.Kind, typeof(NonNullGraphType<MediatorKindEnum>));
        this.Column("name", m => m.Name);
        this.Column("organization", m => m.Organization, typeof(StringGraphType));
    }
}

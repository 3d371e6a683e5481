using GraphQL.Types;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Mediation;

public sealed class MediatorKindEnum : EnumerationGraphType<MediatorKind>
{
    public MediatorKindEnum()
    {
        Name = "MediatorKind";
        Description = "Whether a mediator is staff or an elder.";
    }
}

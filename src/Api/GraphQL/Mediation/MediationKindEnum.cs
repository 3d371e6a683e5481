using GraphQL.Types;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Mediation;

public sealed class MediationKindEnum : EnumerationGraphType<MediationKind>
{
    public MediationKindEnum()
    {
        Name = "MediationKind";
        Description = "The kind of mediation.";
    }
}

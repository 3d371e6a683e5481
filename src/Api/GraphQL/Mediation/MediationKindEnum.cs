using Platform.Api.GraphQL.Common.Enums;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Mediation;

public sealed class MediationKindEnum : ConstantCaseEnum<MediationKind>
{
    public MediationKindEnum()
    {
        Name = "MediationKind";
        Description = "The kind of mediation.";
    }
}

using Platform.Api.GraphQL.Common.Enums;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Mediation;

public sealed class MediatorKindEnum : ConstantCaseEnum<MediatorKind>
{
    public MediatorKindEnum()
    {
        Name = "MediatorKind";
        Description = "Whether a mediator is staff or an elder.";
    }
}

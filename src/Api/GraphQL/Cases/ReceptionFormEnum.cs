using Platform.Api.GraphQL.Common.Enums;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

public sealed class ReceptionFormEnum : ConstantCaseEnum<ReceptionForm>
{
    public ReceptionFormEnum()
    {
        Name = "ReceptionForm";
        Description = "How a petition was received (接访形式).";
    }
}

using GraphQL.Types;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

public sealed class ReceptionFormEnum : EnumerationGraphType<ReceptionForm>
{
    public ReceptionFormEnum()
    {
        Name = "ReceptionForm";
        Description = "How a petition was received (接访形式).";
    }
}

using GraphQL.Types;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

public sealed class VerificationMethodEnum : EnumerationGraphType<VerificationMethod>
{
    public VerificationMethodEnum()
    {
        Name = "VerificationMethod";
        Description = "How the petitioner was asked.";
    }
}

using Platform.Api.GraphQL.Common.Enums;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

public sealed class VerificationMethodEnum : ConstantCaseEnum<VerificationMethod>
{
    public VerificationMethodEnum()
    {
        Name = "VerificationMethod";
        Description = "How the petitioner was asked.";
    }
}

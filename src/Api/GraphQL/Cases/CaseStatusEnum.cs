using Platform.Api.GraphQL.Common.Enums;
using Platform.Data.Entities;

namespace Platform.Api.GraphQL.Cases;

public sealed class CaseStatusEnum : ConstantCaseEnum<CaseStatus>
{
    public CaseStatusEnum()
    {
        Name = "CaseStatus";
        Description = "The state of a case in its lifecycle.";
    }
}

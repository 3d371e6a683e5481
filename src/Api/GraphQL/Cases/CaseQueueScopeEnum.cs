using Platform.Api.GraphQL.Common.Enums;

namespace Platform.Api.GraphQL.Cases;

public sealed class CaseQueueScopeEnum : ConstantCaseEnum<CaseQueueScope>
{
    public CaseQueueScopeEnum()
    {
        Name = "CaseQueueScope";
        Description = "Which units' work a queue covers.";
    }
}

using Platform.Api.GraphQL.Common.Enums;

namespace Platform.Api.GraphQL.Cases;

public sealed class CaseQueueKindEnum : ConstantCaseEnum<CaseQueueKind>
{
    public CaseQueueKindEnum()
    {
        Name = "CaseQueueKind";
        Description = "A work queue of the caller's own unit (not its descendants).";
    }
}

using GraphQL.Types;

namespace Platform.Api.GraphQL.Cases;

public sealed class CaseQueueKindEnum : EnumerationGraphType<CaseQueueKind>
{
    public CaseQueueKindEnum()
    {
        Name = "CaseQueueKind";
        Description = "A work queue of the caller's own unit (not its descendants).";
    }
}

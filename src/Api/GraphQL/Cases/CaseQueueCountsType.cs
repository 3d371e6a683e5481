using GraphQL.Types;

namespace Platform.Api.GraphQL.Cases;

public sealed class CaseQueueCountsType : ObjectGraphType<CaseQueueCounts>
{
    public CaseQueueCountsType()
    {
        Name = "CaseQueueCounts";
        Description = "How many cases each work queue of the caller's own unit holds; see CaseQueueKind.";
        Field(x => x.PendingAcceptance);
        Field(x => x.InProgress);
        Field(x => x.DueSoon);
        Field(x => x.Overdue);
        Field(x => x.AwaitingVerification);
        Field(x => x.ReferralsIn);
        Field(x => x.Supervised);
    }
}

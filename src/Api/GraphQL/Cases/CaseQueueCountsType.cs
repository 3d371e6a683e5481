using GraphQL.Types;

namespace Platform.Api.GraphQL.Cases;

public sealed class CaseQueueCountsType : ObjectGraphType<CaseQueueCounts>
{
    public CaseQueueCountsType()
    {
        Name = "CaseQueueCounts";
        Description = "How many cases each work queue holds, over the same units as `queue` with the same scope; see CaseQueueKind.";
        Field(x => x.PendingAcceptance);
        Field(x => x.InProgress);
        Field(x => x.DueSoon);
        Field(x => x.Overdue);
        Field(x => x.AwaitingVerification);
        Field(x => x.AwaitingClosure);
        Field(x => x.ReferralsIn);
        Field(x => x.Supervised);
        Field(x => x.ReplyOverdue);
        Field(x => x.Reminded);
        Field(x => x.LeaderOwned);
    }
}

using GraphQL.Types;
using Platform.Api.GraphQL.Common.Projection;

namespace Platform.Api.GraphQL.Cases;

public sealed class CaseQueueCountsType : ObjectGraphType<CaseQueueCounts>
{
    public CaseQueueCountsType()
    {
        Name = "CaseQueueCounts";
        Description = "How many cases each work queue holds, over the same units as `queue` with the same scope; see CaseQueueKind.";
        this.Property(x => x.PendingAcceptance);
        this.Property(x => x.InProgress);
        this.Property(x => x.DueSoon);
        this.Property(x => x.Overdue);
        this.Property(x => x.AwaitingVerification);
        this.Property(x => x.AwaitingClosure);
        this.Property(x => x.ReferralsIn);
        this.Property(x => x.Supervised);
        this.Property(x => x.ReplyOverdue);
        this.Property(x => x.Reminded);
        this.Property(x => x.LeaderOwned);
    }
}

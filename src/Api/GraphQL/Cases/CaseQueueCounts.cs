namespace Platform.Api.GraphQL.Cases;

/// <summary>How many cases each work queue holds; one property per <see cref="CaseQueueKind"/>, named alike.</summary>
public sealed class CaseQueueCounts
{
    public int PendingAcceptance { get; set; }

    public int InProgress { get; set; }

    public int DueSoon { get; set; }

    public int Overdue { get; set; }

    public int AwaitingVerification { get; set; }

    public int AwaitingClosure { get; set; }

    public int ReferralsIn { get; set; }

    public int Supervised { get; set; }

    public int ReplyOverdue { get; set; }

    public int Reminded { get; set; }

    public int LeaderOwned { get; set; }
}

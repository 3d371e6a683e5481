namespace Platform.Api.GraphQL.Cases;

/// <summary>How many cases each work queue of a unit holds.</summary>
public sealed class CaseQueueCounts
{
    public int PendingAcceptance { get; set; }

    public int InProgress { get; set; }

    public int DueSoon { get; set; }

    public int Overdue { get; set; }

    public int AwaitingVerification { get; set; }

    public int ReferralsIn { get; set; }

    public int Supervised { get; set; }
}

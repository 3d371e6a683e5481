using System.ComponentModel;

namespace Platform.Api.GraphQL.Cases;

/// <summary>The work queues of a unit; <see cref="CaseQueues"/> holds their predicates.</summary>
public enum CaseQueueKind
{
    [Description("Registered cases the unit handles, awaiting the acceptance decision.")]
    PendingAcceptance,

    [Description("Accepted cases the unit is handling (ACCEPTED or IN_PROGRESS).")]
    InProgress,

    [Description("Cases the unit handles whose current deadline (acceptDueAt while REGISTERED, resolveDueAt while ACCEPTED or IN_PROGRESS) is within the due-soon days of the deadline policy and not yet past.")]
    DueSoon,

    [Description("Cases the unit handles whose current deadline has passed.")]
    Overdue,

    [Description("Resolved cases the unit owns or handles, awaiting the four checks (四个是否).")]
    AwaitingVerification,

    [Description("Cases referred (转办) to the unit that it has neither accepted nor returned yet.")]
    ReferralsIn,

    [Description("Cases the unit handles with a supervision order (督办) not yet replied to.")]
    Supervised,
}

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

    [Description("Verified cases, and cases not accepted (不予受理), that the unit owns or handles, awaiting closure (办结 or archiving).")]
    AwaitingClosure,

    [Description("Cases referred (转办) to the unit that it has neither accepted nor returned yet.")]
    ReferralsIn,

    [Description("Cases the unit handles with a supervision order (督办) not yet replied to.")]
    Supervised,

    [Description("Cases the unit handles with a supervision order whose reply deadline has passed without a reply.")]
    ReplyOverdue,

    [Description("Open cases the unit handles that were reminded (提醒帮办) while the unit handled them.")]
    Reminded,

    [Description("Cases not closed or withdrawn that the caller owns personally as leader (领导包案), wherever they are handled.")]
    LeaderOwned,
}

using Platform.Data.Entities;
using Platform.Data.Events;
using Platform.Workflow.Common;

namespace Platform.Workflow.Cases;

/// <summary>A referral awaits its target's answer, so the case cannot move or be referred again meanwhile.</summary>
public sealed class PendingReferralException(string action, Case @case)
    : DomainException($"Cannot {action}: a referral awaits the answer of the unit it was sent to.")
{
    public override IReadOnlyList<DomainError> Errors => [new InvalidTransitionError(Message, EnumNames.Constant(@case.Status))];
}

/// <summary>The case has no referral awaiting an answer.</summary>
public sealed class NoPendingReferralException(string action, Case @case)
    : DomainException($"Cannot {action}: the case has no referral awaiting an answer.")
{
    public override IReadOnlyList<DomainError> Errors => [new InvalidTransitionError(Message, EnumNames.Constant(@case.Status))];
}
